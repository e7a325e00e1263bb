/**
 * Row-count buckets: how many rows an operation worked on, in decades. They keep the
 * cardinality of summaries and OpenTelemetry attributes bounded (six values) while still
 * answering "p95 of sorting for tables over 100k rows".
 */
export const ROW_COUNT_BUCKETS = [
  '<1k',
  '1k-10k',
  '10k-100k',
  '100k-1M',
  '>=1M',
  'unknown',
] as const

/** One of {@link ROW_COUNT_BUCKETS}. */
export type RowCountBucket = (typeof ROW_COUNT_BUCKETS)[number]

/** The bucket of `rowCount`; `'unknown'` when it is missing or not a count. */
export function rowCountBucket(rowCount: number | undefined): RowCountBucket {
  if (rowCount === undefined || !(rowCount >= 0)) return 'unknown'
  if (rowCount < 1_000) return '<1k'
  if (rowCount < 10_000) return '1k-10k'
  if (rowCount < 100_000) return '10k-100k'
  if (rowCount < 1_000_000) return '100k-1M'
  return rowCount === Infinity ? 'unknown' : '>=1M'
}
