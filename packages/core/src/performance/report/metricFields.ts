import type { OperationMetrics } from '../types/metrics'

/** The fields of {@link OperationMetrics} in report order: CSV columns and sortable fields. */
export const OPERATION_METRIC_FIELDS = [
  'operation',
  'count',
  'avgTime',
  'minTime',
  'maxTime',
  'totalTime',
  'p50',
  'p95',
  'p99',
  'lastExecuted',
  'errorCount',
  'windowCount',
] as const satisfies readonly (keyof OperationMetrics)[]
