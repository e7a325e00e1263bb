import type { AlertDeliveryStats } from '../alerts/types'
import type { OperationViolationCounts } from '../budgets/ViolationLog'
import type { BudgetViolation, MemoryMetrics, OperationMetrics, Severity } from '../types/metrics'

/** A field of {@link OperationMetrics} a report can be sorted by. */
export type ReportSortField = keyof OperationMetrics

/** What `generateReport` includes and in which order. */
export interface ReportOptions {
  /** Only these operations (default: all). Unknown names are skipped. */
  operations?: readonly string[]
  /** Sort field (default `totalTime`, where the time went). Ties sort by operation name. */
  sortBy?: ReportSortField
  /** Sort order (default `desc`, or `asc` when sorting by `operation`). */
  order?: 'asc' | 'desc'
  /** At most this many operations, after sorting (default: all). */
  limit?: number
  /** Include the violations summary (default `true`). */
  includeViolations?: boolean
}

/** Budget violations since the last `clear`, by severity and by operation. */
export interface ViolationsSummary {
  /** Violations counted (not only those still in the history). */
  total: number
  /** Counts per severity. */
  bySeverity: Record<Severity, number>
  /** Counts per operation, in first-violation order. */
  byOperation: OperationViolationCounts[]
  /** The most recent violations kept in the bounded history, oldest first. */
  recent: BudgetViolation[]
}

/** A snapshot of everything the monitor knows. Durations in ms, times in epoch ms. */
export interface PerformanceReport {
  /** When the report was made, epoch ms. */
  generatedAt: number
  /** How many recent samples per operation the percentiles cover. */
  windowSize: number
  /** Per-operation statistics, filtered, sorted and limited as asked. */
  stats: OperationMetrics[]
  /** Present unless `includeViolations: false`. */
  violations?: ViolationsSummary
  /** Samples refused as invalid (NaN, negative, infinite, not a number, bad operation name). */
  droppedSamples: number
  /** Samples of operations past the `maxOperations` cap, counted under the overflow operation. */
  overflowSamples: number
  /** Heap figures, when the monitor tracks memory. */
  memory?: MemoryMetrics
  /** Per-destination delivery counts, when the monitor sends alerts. */
  alertDelivery?: AlertDeliveryStats[]
}
