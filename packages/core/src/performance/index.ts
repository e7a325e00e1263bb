// The performance subsystem's public surface: explicit named exports only.

// base monitor and types
export { PerformanceMonitor } from './monitor/PerformanceMonitor'
export type { PerformanceMonitorOptions, EndTiming } from './monitor/PerformanceMonitor'
export type { Clock } from './monitor/clock'
export type {
  OperationMetrics,
  MemoryMetrics,
  PerformanceBudget,
  BudgetViolation,
  Severity,
  Impact,
} from './types/metrics'

// metrics engine, budgets, reports
export {
  EnhancedPerformanceMonitor,
  OVERFLOW_OPERATION,
  MAX_WINDOW_SIZE,
  MAX_VIOLATION_HISTORY,
} from './monitor/EnhancedPerformanceMonitor'
export type {
  EnhancedPerformanceMonitorOptions,
  EnhancedMonitorEvents,
  MonitorListener,
  MetricsExportFormat,
} from './monitor/EnhancedPerformanceMonitor'
export { PERFORMANCE_BUDGETS, BUDGET_PRESET_FACTORS, createBudgetPreset } from './budgets/presets'
export type { BudgetPresetName } from './budgets/presets'
export { RECORD_BUDGET_SEVERITY } from './budgets/validateBudget'
export type { BudgetsInput } from './budgets/validateBudget'
export type { OperationContext } from './budgets/budgetCheck'
export type { OperationViolationCounts } from './budgets/ViolationLog'
export { formatReport } from './report/formatReport'
export { CSV_COLUMNS } from './report/exportCsv'
export { OPENMETRICS_FAMILIES } from './report/exportOpenMetrics'
export type {
  PerformanceReport,
  ReportOptions,
  ReportSortField,
  ViolationsSummary,
} from './report/types'

// alerts
export type { AlertDestination, AlertDestinationType, AlertDeliveryStats } from './alerts/types'
