// Public API of @gridkit/core: explicit named exports only. Each section is owned by
// one module; vendor alert destinations live in their own subpath entries.

// errors
export { GridKitError, isGridKitError } from './errors/GridKitError'
export type { GridKitErrorCode } from './errors/GridKitError'

// events
export type {
  TableEventMap,
  TableEventType,
  TableEvent,
  TableEventHandler,
  Unsubscribe,
} from './events/types'

// table
export { createTable } from './table/factory/create-table'
export { TableInstance } from './table/instance/TableInstance'
export type { TableObserver, RowModelStage } from './table/instance/observer'
export { Column } from './table/columns/Column'
export { Row } from './table/rows/Row'
export { BUILT_IN_SORTING_FNS } from './table/features/sorting/sorting-fns'
export { BUILT_IN_FILTER_FNS } from './table/features/filtering/filter-fns'
export type { ToggleSortingOptions } from './table/features/sorting/toggle-sorting'
export type {
  ColumnSort,
  SortingState,
  ColumnFilter,
  ColumnFiltersState,
  PaginationState,
  RowSelectionState,
  TableState,
  Updater,
  RowModel,
  BuiltInSortingFn,
  BuiltInFilterFn,
  SortingFn,
  FilterFn,
  ColumnMeta,
  DeepKeys,
  ColumnDefBase,
  AccessorKeyColumnDef,
  AccessorFnColumnDef,
  ColumnDef,
  TableFeatures,
  TableOptions,
} from './table/types'

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
export {
  EnhancedPerformanceMonitor,
  OVERFLOW_OPERATION,
  MAX_WINDOW_SIZE,
  MAX_VIOLATION_HISTORY,
} from './performance/monitor/EnhancedPerformanceMonitor'
export type {
  EnhancedPerformanceMonitorOptions,
  EnhancedMonitorEvents,
  MonitorListener,
  MetricsExportFormat,
} from './performance/monitor/EnhancedPerformanceMonitor'
export {
  PERFORMANCE_BUDGETS,
  BUDGET_PRESET_FACTORS,
  createBudgetPreset,
} from './performance/budgets/presets'
export type { BudgetPresetName } from './performance/budgets/presets'
export { RECORD_BUDGET_SEVERITY } from './performance/budgets/validateBudget'
export type { BudgetsInput } from './performance/budgets/validateBudget'
export type { OperationContext } from './performance/budgets/budgetCheck'
export type { OperationViolationCounts } from './performance/budgets/ViolationLog'
export { formatReport } from './performance/report/formatReport'
export { CSV_COLUMNS } from './performance/report/exportCsv'
export { OPENMETRICS_FAMILIES } from './performance/report/exportOpenMetrics'
export type {
  PerformanceReport,
  ReportOptions,
  ReportSortField,
  ViolationsSummary,
} from './performance/report/types'

// performance: alerts
export {
  AlertDispatcher,
  ALERT_DISPATCHER_DEFAULTS,
  ConsoleAlertDestination,
  createCustomAlertDestination,
  toAlertDestination,
  SentryClientAlertDestination,
  SENTRY_ALERT_MESSAGE,
  DatadogLoggerAlertDestination,
  DATADOG_ALERT_MESSAGE,
  NewRelicAgentAlertDestination,
  NEW_RELIC_EVENT_TYPE,
  resolveAlertsConfig,
  createAlertDispatcher,
  toAlertPayload,
  formatViolationLine,
  describeDeliveryError,
} from './performance/alerts'
export type {
  AlertDestination,
  AlertDestinationType,
  AlertDeliveryStats,
  AlertFunction,
  AlertSender,
  AlertQueueStats,
  AlertErrorContext,
  AlertScheduler,
  AlertRateLimit,
  AlertDispatcherOptions,
  AlertDestinationInput,
  AlertDestinationName,
  AlertsConfig,
  ResolvedAlertsConfig,
  ConsoleAlertDestinationOptions,
  CustomAlertDestinationOptions,
  SentryLike,
  SentryAlertContext,
  SentryDestinationOptions,
  DatadogLoggerLike,
  DatadogLogsLike,
  DatadogDestinationOptions,
  NewRelicAgentLike,
  NewRelicDestinationOptions,
} from './performance/alerts'

// performance: memory
export {
  sampleHeap,
  measureHeapPrecise,
  checkHeapBudget,
  HEAP_BUDGET_OPERATION,
  LeakDetector,
  DEFAULT_LEAK_GRACE_PERIOD_MS,
  DEFAULT_LEAK_SAMPLE_SIZE,
} from './performance/memory'
export type {
  HeapRuntime,
  HeapSample,
  HeapSource,
  HeapBudgetExcess,
  LeakDetectionMode,
  LeakDetectorOptions,
  LeakKind,
  LeakCounts,
  MemoryLeak,
  RowReleaseReason,
  ColumnReleaseReason,
  RowReleaseContext,
  ColumnReleaseContext,
} from './performance/memory'

// performance: table integration
