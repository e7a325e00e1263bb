import type { Attributes } from '@opentelemetry/api'
import { GridKitError, describeValue } from '../errors/GridKitError'
import type { EnhancedPerformanceMonitor } from '../performance/monitor/EnhancedPerformanceMonitor'
import { rowCountBucket } from '../performance/summary/rowCountBucket'
import type { SampleListener } from '../performance/summary/SampleListeners'
import { budgetBoundaries } from './budgetBoundaries'
import { resolveOpenTelemetryOptions, type OpenTelemetryOptions } from './otelOptions'

/** Name of the duration histogram (unit `ms`). */
export const DURATION_HISTOGRAM = 'gridkit.operation.duration'

/** Name of the budget-violation counter. */
export const VIOLATION_COUNTER = 'gridkit.budget.violations'

/** What `connectOpenTelemetry` returns. */
export interface OpenTelemetryConnection {
  /** Stops recording into the Meter (the instruments stay, as OpenTelemetry has no removal). */
  disconnect(): void
}

/** What connectOpenTelemetry needs of a monitor. */
type SampleSource = Pick<EnhancedPerformanceMonitor, 'onSample' | 'getBudgets'>

// Attribute sets are reused so recording allocates nothing once a combination has been seen.
// Table ids (opt-in) could be unbounded: past this many sets, new ones are built per sample.
const MAX_CACHED_ATTRIBUTE_SETS = 1024

/**
 * Records every sample of `monitor` into the app's OpenTelemetry Meter: a histogram
 * `gridkit.operation.duration` (ms) and a counter `gridkit.budget.violations`, with attributes
 * `gridkit.operation`, `gridkit.rows` (row-count bucket), `gridkit.violation.severity` (counter
 * only) and, if asked, `gridkit.table.id`. Explicit buckets come from the budgets (as advice);
 * an SDK view that asks for exponential histograms gets them.
 */
export function connectOpenTelemetry(
  monitor: EnhancedPerformanceMonitor,
  options: OpenTelemetryOptions,
): OpenTelemetryConnection {
  const source = monitor as Partial<SampleSource> | null
  if (typeof source?.onSample !== 'function' || typeof source.getBudgets !== 'function') {
    throw new GridKitError(
      'INVALID_OPTION',
      `connectOpenTelemetry needs an EnhancedPerformanceMonitor (table.metrics); got ${describeValue(monitor)}.`,
      { option: 'monitor' },
    )
  }
  const { meter, tableId, boundaries } = resolveOpenTelemetryOptions(options)
  const histogram = meter.createHistogram(DURATION_HISTOGRAM, {
    unit: 'ms',
    description: 'Duration of GridKit table operations',
    advice: { explicitBucketBoundaries: boundaries ?? budgetBoundaries(monitor.getBudgets()) },
  })
  const violations = meter.createCounter(VIOLATION_COUNTER, {
    unit: '{violation}',
    description: 'GridKit samples over their budget',
  })
  const cache = new Map<string, Attributes>()
  const attributesOf = (
    operation: string,
    rowCount: number | undefined,
    table: string | undefined,
    severity: string | undefined,
  ): Attributes => {
    const rows = rowCountBucket(rowCount)
    const key = `${operation}\u0000${rows}\u0000${table ?? ''}\u0000${severity ?? ''}`
    let attributes = cache.get(key)
    if (attributes === undefined) {
      attributes = { 'gridkit.operation': operation, 'gridkit.rows': rows }
      if (table !== undefined) attributes['gridkit.table.id'] = table
      if (severity !== undefined) attributes['gridkit.violation.severity'] = severity
      if (cache.size < MAX_CACHED_ATTRIBUTE_SETS) cache.set(key, attributes)
    }
    return attributes
  }
  const listener: SampleListener = (operation, durationMs, context, violation) => {
    const table = tableId ? context?.tableId : undefined
    histogram.record(durationMs, attributesOf(operation, context?.rowCount, table, undefined))
    if (violation !== null) {
      violations.add(1, attributesOf(operation, context?.rowCount, table, violation.severity))
    }
  }
  const unsubscribe = monitor.onSample(listener)
  return { disconnect: unsubscribe }
}
