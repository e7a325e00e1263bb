import { GridKitError, describeValue } from '../../errors/GridKitError'
import { emptyHistogram, mergeHistogramData } from './histogramData'
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
      const merged = operations[name]
      operations[name] =
        merged === undefined ? copyOperation(operation) : mergeOperation(merged, operation)
    }
  }
  return { version: 1, relativeAccuracy: SUMMARY_RELATIVE_ACCURACY, sessions, operations }
}

function copyOperation(operation: OperationSummary): OperationSummary {
  return mergeOperation(
    {
      count: 0,
      sum: 0,
      min: Infinity,
      max: -Infinity,
      violations: { warning: 0, error: 0, critical: 0 },
      rows: {},
    },
    operation,
  )
}

function mergeOperation(a: OperationSummary, b: OperationSummary): OperationSummary {
  const rows: OperationSummary['rows'] = {}
  for (const bucket of ROW_COUNT_BUCKETS) {
    const left = a.rows[bucket]
    const right = b.rows[bucket]
    if (left === undefined && right === undefined) continue
    rows[bucket] = mergeHistogramData(left ?? emptyHistogram(), right ?? emptyHistogram())
  }
  return {
    count: a.count + b.count,
    sum: a.sum + b.sum,
    // An operation without samples has no meaningful min/max; keep the other side's.
    min: b.count === 0 ? a.min : Math.min(a.min, b.min),
    max: b.count === 0 ? a.max : Math.max(a.max, b.max),
    violations: {
      warning: a.violations.warning + b.violations.warning,
      error: a.violations.error + b.violations.error,
      critical: a.violations.critical + b.violations.critical,
    },
    rows,
  }
}
