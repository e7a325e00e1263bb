// The performance subsystem's public surface (ENT-PERF-001): explicit named exports only.
// The package entry re-exports this list as it is.

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
export {
  AlertDispatcher,
  ALERT_DISPATCHER_DEFAULTS,
  ConsoleAlertDestination,
  createCustomAlertDestination,
  createHttpAlertDestination,
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
} from './alerts'
export type {
  HttpAlertDestinationOptions,
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
} from './alerts'

// memory
export {
  sampleHeap,
  measureHeapPrecise,
  checkHeapBudget,
  HEAP_BUDGET_OPERATION,
  LeakDetector,
  MAX_TRACKED_GENERATIONS,
  DEFAULT_LEAK_GRACE_PERIOD_MS,
  DEFAULT_LEAK_SAMPLE_SIZE,
  HANDED_ROW_LIMIT,
} from './memory'
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
} from './memory'
export { MemoryTracker } from './memory/MemoryTracker'
export type { MemoryTrackingOptions, HeapReading } from './memory/MemoryTracker'

// table integration
export {
  TablePerformanceIntegration,
  STAGE_OPERATIONS,
  ROW_MODEL_OPERATION,
} from './integration/TablePerformanceIntegration'
export type {
  PerformanceTable,
  TablePerformanceIntegrationOptions,
} from './integration/TablePerformanceIntegration'
export { resolvePerformanceFeature } from './integration/options'
export type {
  PerformanceFeatureOptions,
  PerformanceFeatureInput,
  PerformanceMemoryOptions,
  ResolvedPerformanceFeature,
} from './integration/options'

// interactions (Event Timing + Long Animation Frames, attributed to table work)
export {
  INTERACTION_OPERATION,
  DEFAULT_DURATION_THRESHOLD,
  MIN_DURATION_THRESHOLD,
  DEFAULT_MAX_INTERACTIONS,
  MAX_INTERACTIONS,
  INTERACTION_THRESHOLDS,
  DEFAULT_INTERACTION_BUDGET,
  resolveInteractionsOptions,
  observeInteractions,
  getRecentInteractions,
  formatInteractionMessage,
} from './interactions'
export type {
  InteractionAttribution,
  InteractionOperation,
  InteractionScript,
  InteractionsOptions,
  InteractionsInput,
  ResolvedInteractionsOptions,
  ObserveInteractionsContext,
  InteractionEnvironment,
  EventTimingEntry,
  LoafEntry,
  LoafScriptEntry,
  ObserverConstructor,
  ObserverLike,
  ObservedEntryList,
} from './interactions'

// fleet summaries (issue 14)
export {
  mergeSummaries,
  summaryPercentile,
  assertSummary,
  connectSummaryBeacon,
  DEFAULT_SUMMARY_BEACON_BYTES,
  MAX_SUMMARY_BEACON_BYTES,
  ROW_COUNT_BUCKETS,
  rowCountBucket,
  SUMMARY_RELATIVE_ACCURACY,
  MIN_TRACKED_MS,
  MAX_TRACKED_MS,
  MAX_BUCKETS,
} from './summary'
export type {
  SummaryPercentileOptions,
  SummaryBeaconConnection,
  SummaryBeaconStats,
  SummaryBeaconOptions,
  RowCountBucket,
  SampleListener,
  PerformanceSummary,
  OperationSummary,
  HistogramData,
  SummaryViolationCounts,
} from './summary'
