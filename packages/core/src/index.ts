// Public API of @gridkit/core: explicit named exports only. Each section is owned by
// one module; vendor alert destinations live in their own subpath entries.

// errors
export { GridKitError, isGridKitError } from './errors/GridKitError'
export type { GridKitErrorCode } from './errors/GridKitError'

// events

// table

// performance: base monitor and types
export { PerformanceMonitor } from './performance/monitor/PerformanceMonitor'
export type { PerformanceMonitorOptions, EndTiming } from './performance/monitor/PerformanceMonitor'
export type { Clock } from './performance/monitor/clock'
export type {
  OperationMetrics,
  MemoryMetrics,
  PerformanceBudget,
  BudgetViolation,
  Severity,
  Impact,
} from './performance/types/metrics'

// performance: metrics engine, budgets, reports

// performance: alerts
export type {
  AlertDestination,
  AlertDestinationType,
  AlertDeliveryStats,
} from './performance/alerts/types'

// performance: memory

// performance: table integration
