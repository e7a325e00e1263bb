import type { Severity } from '../types/metrics'
import { LogHistogram } from './LogHistogram'
import { SUMMARY_RELATIVE_ACCURACY } from './logBuckets'
import { rowCountBucket, ROW_COUNT_BUCKETS, type RowCountBucket } from './rowCountBucket'
import type { OperationSummary, PerformanceSummary } from './types'

/** What one operation has recorded: a histogram per row-count bucket and violation counts. */
interface OperationRecord {
  readonly histograms: Map<RowCountBucket, LogHistogram>
  readonly violations: Record<Severity, number>
}

/**
 * Records samples into log-bucket histograms and writes them out as a {@link PerformanceSummary}.
 * `record` is O(1); it allocates only for a new operation, a new row-count bucket, or a wider range.
 */
export class SummaryRecorder {
  private readonly operations = new Map<string, OperationRecord>()

  /** Records one sample (ms, finite and >= 0), its row count if known, and its violation severity. */
  record(
    operation: string,
    durationMs: number,
    rowCount: number | undefined,
    violation: Severity | undefined,
  ): void {
    let entry = this.operations.get(operation)
    if (entry === undefined) {
      entry = { histograms: new Map(), violations: { warning: 0, error: 0, critical: 0 } }
      this.operations.set(operation, entry)
    }
    const bucket = rowCountBucket(rowCount)
    let histogram = entry.histograms.get(bucket)
    if (histogram === undefined) {
      histogram = new LogHistogram()
      entry.histograms.set(bucket, histogram)
    }
    histogram.add(durationMs)
    if (violation !== undefined) entry.violations[violation]++
  }

  /** Whether nothing was recorded since construction or the last `clear`. */
  isEmpty(): boolean {
    return this.operations.size === 0
  }

  /** Forgets every sample. */
  clear(): void {
    this.operations.clear()
  }

  /** A fresh summary of everything recorded (one session). */
  toSummary(): PerformanceSummary {
    const operations: Record<string, OperationSummary> = Object.create(null) as Record<
      string,
      OperationSummary
    >
    for (const [name, entry] of this.operations) operations[name] = summarize(entry)
    return { version: 1, relativeAccuracy: SUMMARY_RELATIVE_ACCURACY, sessions: 1, operations }
  }
}

function summarize(entry: OperationRecord): OperationSummary {
  const summary: OperationSummary = {
    count: 0,
    sum: 0,
    min: Infinity,
    max: -Infinity,
    violations: { ...entry.violations },
    rows: {},
  }
  // Fixed bucket order, so equal summaries serialise to equal JSON.
  for (const bucket of ROW_COUNT_BUCKETS) {
    const histogram = entry.histograms.get(bucket)
    if (histogram === undefined) continue
    const data = histogram.toData()
    summary.rows[bucket] = data
    summary.count += data.count
    summary.sum += data.sum
    summary.min = Math.min(summary.min, data.min)
    summary.max = Math.max(summary.max, data.max)
  }
  return summary
}
