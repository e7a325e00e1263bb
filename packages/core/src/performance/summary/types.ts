import type { Severity } from '../types/metrics'
import type { RowCountBucket } from './rowCountBucket'

/**
 * One log-bucket histogram of durations (ms), as JSON. `counts[k]` is the number of samples in
 * bucket `offset + k` (see logBuckets.ts); `zero` counts samples under 0.001 ms.
 */
export interface HistogramData {
  /** Samples recorded. */
  count: number
  /** Sum of the samples, ms. */
  sum: number
  /** Smallest sample, ms (0 when `count` is 0). */
  min: number
  /** Largest sample, ms (0 when `count` is 0). */
  max: number
  /** Samples under 0.001 ms. */
  zero: number
  /** Bucket index of `counts[0]`. */
  offset: number
  /** Samples per bucket, from bucket `offset` upward. */
  counts: number[]
}

/** Violations per severity. */
export type SummaryViolationCounts = Record<Severity, number>

/** One operation in a summary: totals, violations, and one histogram per row-count bucket. */
export interface OperationSummary {
  /** Samples recorded, all row-count buckets together. */
  count: number
  /** Sum of the samples, ms. */
  sum: number
  /** Smallest sample, ms. */
  min: number
  /** Largest sample, ms. */
  max: number
  /** Samples that broke the operation's budget, by the budget's severity. */
  violations: SummaryViolationCounts
  /** Histograms by how many rows the operation worked on (`'unknown'` when not given). */
  rows: Partial<Record<RowCountBucket, HistogramData>>
}

/**
 * A compact, JSON-serialisable, mergeable summary of many samples (issue 14). It carries
 * operation names, counts and durations only: never row data or cell values.
 */
export interface PerformanceSummary {
  /** Format version (1). */
  version: 1
  /** Relative accuracy of percentiles read from it (0.01). */
  relativeAccuracy: number
  /** Sessions merged into it (1 for one monitor's summary). */
  sessions: number
  /** Summaries by operation name. */
  operations: Record<string, OperationSummary>
}
