import { GridKitError, describeValue } from '../../errors/GridKitError'
import { addHistogramInto, emptyHistogram } from './histogramData'
import { SUMMARY_RELATIVE_ACCURACY } from './logBuckets'
import { ROW_COUNT_BUCKETS } from './rowCountBucket'
import type { OperationSummary, PerformanceSummary } from './types'
import { assertSummary } from './validateSummary'

/**
 * Combines any number of summaries (from sessions, tabs, or earlier merges) into one with the
 * same shape. Exact: percentiles of the result keep the same relative accuracy. Each input is
 * checked first (it may come from the network): a malformed one throws `INVALID_OPTION`.
 */
export function mergeSummaries(summaries: readonly PerformanceSummary[]): PerformanceSummary {
  const input: unknown = summaries
  if (!Array.isArray(input)) {
    throw new GridKitError(
      'INVALID_OPTION',
      `mergeSummaries takes an array of summaries; got ${describeValue(summaries)}.`,
      { option: 'summaries' },
    )
  }
  summaries.forEach((summary, index) => {
    assertSummary(summary, `summaries[${index}]`)
  })
  const operations = Object.create(null) as Record<string, OperationSummary>
  let sessions = 0
  for (const summary of summaries) {
    sessions += summary.sessions
    for (const [name, operation] of Object.entries(summary.operations)) {
      const into = operations[name] ?? emptyOperation()
      addOperationInto(into, operation)
      operations[name] = into
    }
  }
  for (const name of Object.keys(operations)) {
    const operation = operations[name]
    if (operation !== undefined) operations[name] = ordered(operation)
  }
  return { version: 1, relativeAccuracy: SUMMARY_RELATIVE_ACCURACY, sessions, operations }
}

function emptyOperation(): OperationSummary {
  return {
    count: 0,
    sum: 0,
    min: Infinity,
    max: -Infinity,
    violations: { warning: 0, error: 0, critical: 0 },
    rows: {},
  }
}

// Merging into an accumulator the merge owns: no copy of the merged buckets per input.
function addOperationInto(target: OperationSummary, source: OperationSummary): void {
  for (const bucket of ROW_COUNT_BUCKETS) {
    const histogram = source.rows[bucket]
    if (histogram === undefined) continue
    const into = target.rows[bucket] ?? emptyHistogram()
    addHistogramInto(into, histogram)
    target.rows[bucket] = into
  }
  target.count += source.count
  target.sum += source.sum
  // An operation without samples has no meaningful min/max.
  if (source.count > 0) {
    target.min = Math.min(target.min, source.min)
    target.max = Math.max(target.max, source.max)
  }
  target.violations.warning += source.violations.warning
  target.violations.error += source.violations.error
  target.violations.critical += source.violations.critical
}

// Rows in the fixed bucket order, so equal summaries serialise to equal JSON.
function ordered(operation: OperationSummary): OperationSummary {
  const rows: OperationSummary['rows'] = {}
  for (const bucket of ROW_COUNT_BUCKETS) {
    const histogram = operation.rows[bucket]
    if (histogram !== undefined) rows[bucket] = histogram
  }
  if (operation.count === 0) return { ...operation, min: 0, max: 0, rows }
  return { ...operation, rows }
}
