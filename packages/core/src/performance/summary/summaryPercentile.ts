import { GridKitError, describeValue } from '../../errors/GridKitError'
import { emptyHistogram, histogramPercentile, mergeHistogramData } from './histogramData'
import { ROW_COUNT_BUCKETS, type RowCountBucket } from './rowCountBucket'
import type { PerformanceSummary } from './types'

/** Options of {@link summaryPercentile}. */
export interface SummaryPercentileOptions {
  /** Only samples of these row-count buckets (default: all). */
  rows?: RowCountBucket | readonly RowCountBucket[]
}

/**
 * The `q` quantile (0..1) of `operation`'s durations in ms, from any summary, merged or not: the
 * sample at rank floor(q × (count - 1)), within the summary's relative accuracy (1%). NaN when
 * the operation has no samples (in the chosen row-count buckets).
 */
export function summaryPercentile(
  summary: PerformanceSummary,
  operation: string,
  q: number,
  options: SummaryPercentileOptions = {},
): number {
  if (typeof q !== 'number' || !(q >= 0 && q <= 1)) {
    throw new GridKitError(
      'INVALID_OPTION',
      `summaryPercentile q must be a number from 0 to 1 (0.95 for p95); got ${describeValue(q)}.`,
      { option: 'q' },
    )
  }
  const buckets = selectedBuckets(options.rows)
  const entry = Object.hasOwn(summary.operations, operation)
    ? summary.operations[operation]
    : undefined
  if (entry === undefined) return NaN
  let merged = emptyHistogram()
  for (const bucket of buckets) {
    const histogram = entry.rows[bucket]
    if (histogram !== undefined) merged = mergeHistogramData(merged, histogram)
  }
  return histogramPercentile(merged, q)
}

function selectedBuckets(rows: SummaryPercentileOptions['rows']): readonly RowCountBucket[] {
  if (rows === undefined) return ROW_COUNT_BUCKETS
  const list: readonly unknown[] = typeof rows === 'string' ? [rows] : rows
  for (const bucket of list) {
    if (!(ROW_COUNT_BUCKETS as readonly unknown[]).includes(bucket)) {
      throw new GridKitError(
        'INVALID_OPTION',
        `summaryPercentile rows must be among ${ROW_COUNT_BUCKETS.join(', ')}; got ${describeValue(bucket)}.`,
        { option: 'rows' },
      )
    }
  }
  return list as readonly RowCountBucket[]
}
