import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { AlertDeliveryStats } from '../alerts/types'
import type { ViolationLog } from '../budgets/ViolationLog'
import type { MemoryMetrics, OperationMetrics } from '../types/metrics'
import type { PerformanceReport, ReportOptions, ReportSortField, ViolationsSummary } from './types'
import { OPERATION_METRIC_FIELDS } from './metricFields'

/** What a report is made from; the monitor supplies it. */
export interface ReportSource {
  /** Epoch ms. */
  generatedAt: number
  /** The monitor's window size. */
  windowSize: number
  /** Snapshots of the named operations (or all, when undefined), skipping unknown names. */
  collectStats: (operations: readonly string[] | undefined) => OperationMetrics[]
  /** The violation counts and history. */
  violations: ViolationLog
  /** Invalid samples refused. */
  droppedSamples: number
  /** Samples counted under the overflow operation. */
  overflowSamples: number
  /** Memory figures, if tracked. */
  memory: MemoryMetrics | undefined
  /** Alert delivery counts, if any destinations. */
  alertDelivery: readonly AlertDeliveryStats[]
}

const SORT_FIELDS: readonly string[] = OPERATION_METRIC_FIELDS satisfies readonly ReportSortField[]

/**
 * Builds a {@link PerformanceReport}. Throws `GridKitError` (`INVALID_OPTION`) naming the
 * option when `options` is malformed.
 */
export function generateReport(
  source: ReportSource,
  options: ReportOptions = {},
): PerformanceReport {
  validateReportOptions(options)
  const sortBy = options.sortBy ?? 'totalTime'
  const order = options.order ?? (sortBy === 'operation' ? 'asc' : 'desc')
  const stats = source.collectStats(options.operations)
  stats.sort(compareBy(sortBy, order === 'asc' ? 1 : -1))
  if (options.limit !== undefined && stats.length > options.limit) stats.length = options.limit

  const report: PerformanceReport = {
    generatedAt: source.generatedAt,
    windowSize: source.windowSize,
    stats,
    droppedSamples: source.droppedSamples,
    overflowSamples: source.overflowSamples,
  }
  if (options.includeViolations ?? true) {
    report.violations = summarizeViolations(source.violations, options.operations)
  }
  if (source.memory !== undefined) report.memory = { ...source.memory }
  if (source.alertDelivery.length > 0) {
    report.alertDelivery = source.alertDelivery.map((stats) => ({ ...stats }))
  }
  return report
}

function summarizeViolations(
  log: ViolationLog,
  operations: readonly string[] | undefined,
): ViolationsSummary {
  const wanted = operations === undefined ? undefined : new Set(operations)
  const keep = (operation: string): boolean => wanted === undefined || wanted.has(operation)
  const byOperation = log.countsByOperation().filter((counts) => keep(counts.operation))
  const bySeverity = { warning: 0, error: 0, critical: 0 }
  let total = 0
  for (const counts of byOperation) {
    bySeverity.warning += counts.warning
    bySeverity.error += counts.error
    bySeverity.critical += counts.critical
    total += counts.total
  }
  const recent = log.recent().filter((violation) => keep(violation.operation))
  return { total, bySeverity, byOperation, recent }
}

function compareBy(
  field: ReportSortField,
  direction: 1 | -1,
): (a: OperationMetrics, b: OperationMetrics) => number {
  return (a, b) => {
    const x = a[field]
    const y = b[field]
    const primary = x < y ? -1 : x > y ? 1 : 0
    if (primary !== 0) return primary * direction
    return a.operation < b.operation ? -1 : a.operation > b.operation ? 1 : 0
  }
}

function validateReportOptions(options: ReportOptions): void {
  const { operations, sortBy, order, limit, includeViolations } = options as Record<
    keyof ReportOptions,
    unknown
  >
  if (
    operations !== undefined &&
    !(Array.isArray(operations) && operations.every((op) => typeof op === 'string'))
  ) {
    throw invalid('operations', 'an array of operation names', operations)
  }
  if (sortBy !== undefined && !SORT_FIELDS.includes(sortBy as string)) {
    throw invalid('sortBy', `one of ${SORT_FIELDS.join(', ')}`, sortBy)
  }
  if (order !== undefined && order !== 'asc' && order !== 'desc') {
    throw invalid('order', "'asc' or 'desc'", order)
  }
  if (limit !== undefined && !(Number.isInteger(limit) && (limit as number) >= 0)) {
    throw invalid('limit', 'an integer >= 0', limit)
  }
  if (includeViolations !== undefined && typeof includeViolations !== 'boolean') {
    throw invalid('includeViolations', 'true or false', includeViolations)
  }
}

function invalid(option: string, accepted: string, value: unknown): GridKitError {
  return new GridKitError(
    'INVALID_OPTION',
    `generateReport option "${option}" must be ${accepted}; got ${describeValue(value)}.`,
    { option },
  )
}
