import type { PerformanceReport } from './types'

/** Metric family names used by {@link exportOpenMetrics}. */
export const OPENMETRICS_FAMILIES = {
  duration: 'gridkit_operation_duration_milliseconds',
  errors: 'gridkit_operation_errors',
  violations: 'gridkit_budget_violations',
  dropped: 'gridkit_dropped_samples',
  overflow: 'gridkit_overflow_samples',
} as const

// The quantile label of each percentile field (the monitor's REPORTED_QUANTILES).
const QUANTILE_FIELDS = [
  ['0.5', 'p50'],
  ['0.95', 'p95'],
  ['0.99', 'p99'],
] as const

/**
 * The report in the OpenMetrics text format (also readable as Prometheus text): a `summary`
 * of durations per operation (quantiles 0.5/0.95/0.99 over the window; `_count` and `_sum`
 * all-time), counters of errors, violations, dropped and overflow samples, then `# EOF`.
 * Operations are label values, escaped (backslash, quote, newline), so any name is safe.
 */
export function exportOpenMetrics(report: PerformanceReport): string {
  const { duration, errors, violations, dropped, overflow } = OPENMETRICS_FAMILIES
  const lines: string[] = []
  family(
    lines,
    duration,
    'summary',
    'Duration of table operations; quantiles over the recent window.',
    'milliseconds',
  )
  for (const stats of report.stats) {
    const op = `operation="${escapeLabel(stats.operation)}"`
    // An operation seen only through errors has no samples: its quantiles are unknown (NaN).
    for (const [quantile, field] of QUANTILE_FIELDS) {
      const value = stats.windowCount === 0 ? 'NaN' : String(stats[field])
      lines.push(`${duration}{${op},quantile="${quantile}"} ${value}`)
    }
    lines.push(`${duration}_sum{${op}} ${stats.totalTime}`)
    lines.push(`${duration}_count{${op}} ${stats.count}`)
  }
  family(lines, errors, 'counter', 'Measured calls that threw or rejected.')
  for (const stats of report.stats) {
    lines.push(`${errors}_total{operation="${escapeLabel(stats.operation)}"} ${stats.errorCount}`)
  }
  if (report.violations !== undefined) {
    family(lines, violations, 'counter', 'Samples over their performance budget.')
    for (const counts of report.violations.byOperation) {
      const op = `operation="${escapeLabel(counts.operation)}"`
      for (const severity of ['warning', 'error', 'critical'] as const) {
        lines.push(`${violations}_total{${op},severity="${severity}"} ${counts[severity]}`)
      }
    }
  }
  family(lines, dropped, 'counter', 'Samples refused as invalid.')
  lines.push(`${dropped}_total ${report.droppedSamples}`)
  family(lines, overflow, 'counter', 'Samples of operations past the maxOperations cap.')
  lines.push(`${overflow}_total ${report.overflowSamples}`)
  lines.push('# EOF')
  return lines.join('\n') + '\n'
}

function family(lines: string[], name: string, type: string, help: string, unit?: string): void {
  lines.push(`# HELP ${name} ${help}`)
  lines.push(`# TYPE ${name} ${type}`)
  if (unit !== undefined) lines.push(`# UNIT ${name} ${unit}`)
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
}
