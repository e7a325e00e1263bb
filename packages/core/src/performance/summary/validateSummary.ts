import { GridKitError, describeValue } from '../../errors/GridKitError'
import { MAX_BUCKET_INDEX, MIN_BUCKET_INDEX, SUMMARY_RELATIVE_ACCURACY } from './logBuckets'
import { ROW_COUNT_BUCKETS } from './rowCountBucket'
import type { HistogramData, PerformanceSummary } from './types'

const SEVERITIES = ['warning', 'error', 'critical'] as const
const BUCKET_NAMES = new Set<string>(ROW_COUNT_BUCKETS)

function invalid(path: string, accepted: string, value: unknown): GridKitError {
  return new GridKitError(
    'INVALID_OPTION',
    `${path} must be ${accepted}; got ${describeValue(value)}.`,
    { option: path },
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function count(path: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalid(path, 'an integer >= 0', value)
  }
  return value
}

function duration(path: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw invalid(path, 'a finite number >= 0 (ms)', value)
  }
  return value
}

function checkHistogram(path: string, value: unknown): void {
  if (!isRecord(value)) throw invalid(path, 'a histogram object', value)
  const total = count(`${path}.count`, value.count)
  for (const key of ['sum', 'min', 'max'] as const) duration(`${path}.${key}`, value[key])
  let seen = count(`${path}.zero`, value.zero)
  const offset = value.offset
  const counts = value.counts
  if (!Array.isArray(counts)) throw invalid(`${path}.counts`, 'an array of counts', counts)
  if (
    typeof offset !== 'number' ||
    !Number.isInteger(offset) ||
    (counts.length > 0 &&
      (offset < MIN_BUCKET_INDEX || offset + counts.length - 1 > MAX_BUCKET_INDEX))
  ) {
    throw invalid(
      `${path}.offset`,
      `an integer keeping buckets within ${MIN_BUCKET_INDEX}..${MAX_BUCKET_INDEX}`,
      offset,
    )
  }
  counts.forEach((bucket: unknown, k) => {
    seen += count(`${path}.counts[${k}]`, bucket)
  })
  if (seen !== total) throw invalid(`${path}.count`, `zero + the bucket counts (${seen})`, total)
}

function checkOperation(path: string, value: unknown): void {
  if (!isRecord(value)) throw invalid(path, 'an operation summary object', value)
  const total = count(`${path}.count`, value.count)
  for (const key of ['sum', 'min', 'max'] as const) duration(`${path}.${key}`, value[key])
  const violations = value.violations
  if (!isRecord(violations)) throw invalid(`${path}.violations`, 'an object', violations)
  for (const severity of SEVERITIES) count(`${path}.violations.${severity}`, violations[severity])
  const rows = value.rows
  if (!isRecord(rows)) throw invalid(`${path}.rows`, 'an object of histograms', rows)
  let seen = 0
  for (const [bucket, histogram] of Object.entries(rows)) {
    if (!BUCKET_NAMES.has(bucket)) {
      throw invalid(`${path}.rows`, `keyed by ${ROW_COUNT_BUCKETS.join(', ')}`, bucket)
    }
    checkHistogram(`${path}.rows.${bucket}`, histogram)
    seen += (histogram as HistogramData).count
  }
  if (seen !== total) throw invalid(`${path}.count`, `the sum of its rows' counts (${seen})`, total)
}

/**
 * Checks that `value` is a {@link PerformanceSummary} (for example a beacon body an endpoint
 * parsed); throws `INVALID_OPTION` naming the first bad field. Values are never echoed.
 */
export function assertSummary(
  value: unknown,
  path = 'summary',
): asserts value is PerformanceSummary {
  if (!isRecord(value)) throw invalid(path, 'a summary object', value)
  if (value.version !== 1) throw invalid(`${path}.version`, '1', value.version)
  if (value.relativeAccuracy !== SUMMARY_RELATIVE_ACCURACY) {
    throw invalid(
      `${path}.relativeAccuracy`,
      String(SUMMARY_RELATIVE_ACCURACY),
      value.relativeAccuracy,
    )
  }
  count(`${path}.sessions`, value.sessions)
  const operations = value.operations
  if (!isRecord(operations)) throw invalid(`${path}.operations`, 'an object', operations)
  for (const [name, operation] of Object.entries(operations)) {
    checkOperation(`${path}.operations[${JSON.stringify(name.slice(0, 64))}]`, operation)
  }
}
