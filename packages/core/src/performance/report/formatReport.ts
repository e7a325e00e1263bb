import type { OperationMetrics } from '../types/metrics'
import type { PerformanceReport } from './types'

interface Column {
  readonly title: string
  readonly cell: (stats: OperationMetrics) => string
  readonly alignLeft?: boolean
}

const ms = (value: number): string => value.toFixed(2)

const COLUMNS: readonly Column[] = [
  { title: 'operation', cell: (s) => printable(s.operation), alignLeft: true },
  { title: 'count', cell: (s) => String(s.count) },
  { title: 'avg ms', cell: (s) => ms(s.avgTime) },
  { title: 'min ms', cell: (s) => ms(s.minTime) },
  { title: 'max ms', cell: (s) => ms(s.maxTime) },
  { title: 'p50 ms', cell: (s) => ms(s.p50) },
  { title: 'p95 ms', cell: (s) => ms(s.p95) },
  { title: 'p99 ms', cell: (s) => ms(s.p99) },
  { title: 'total ms', cell: (s) => ms(s.totalTime) },
  { title: 'errors', cell: (s) => String(s.errorCount) },
]

/**
 * Renders a report as plain text for a terminal: an aligned table of operations (names left,
 * numbers right, durations in ms to two decimals), then dropped/overflow counts, violations,
 * memory and alert delivery when present. No colours. Control characters in operation names
 * are shown escaped;
 * wide (CJK, emoji) characters count as two columns.
 */
export function formatReport(report: PerformanceReport): string {
  const lines: string[] = []
  if (report.stats.length === 0) {
    lines.push('No operations recorded.')
  } else {
    const rows = report.stats.map((stats) => COLUMNS.map((column) => column.cell(stats)))
    const widths = COLUMNS.map((column, i) =>
      Math.max(width(column.title), ...rows.map((row) => width(row[i] ?? ''))),
    )
    const render = (cells: readonly string[]): string =>
      cells
        .map((cell, i) => pad(cell, widths[i] ?? 0, COLUMNS[i]?.alignLeft === true))
        .join('  ')
        .trimEnd()
    lines.push(render(COLUMNS.map((column) => column.title)))
    lines.push(widths.map((w) => '-'.repeat(w)).join('  '))
    for (const row of rows) lines.push(render(row))
  }
  lines.push('')
  lines.push(
    `Percentiles over the last ${report.windowSize} samples per operation; count, avg, min, max and total all-time.`,
  )
  lines.push(
    `Dropped samples: ${report.droppedSamples}  Overflow samples: ${report.overflowSamples}`,
  )
  const { violations, memory, alertDelivery } = report
  if (violations !== undefined) {
    const { warning, error, critical } = violations.bySeverity
    lines.push(
      `Budget violations: ${violations.total} (warning ${warning}, error ${error}, critical ${critical})`,
    )
    for (const counts of violations.byOperation) {
      lines.push(
        `  ${printable(counts.operation)}: ${counts.total} (warning ${counts.warning}, error ${counts.error}, critical ${counts.critical})`,
      )
    }
  }
  if (memory !== undefined) {
    lines.push(
      `Memory: heap ${memory.heapUsed.toFixed(1)} of ${memory.heapTotal.toFixed(1)} MB, external ${memory.external.toFixed(1)} MB, array buffers ${memory.arrayBuffers.toFixed(1)} MB, leaked rows ${memory.leakedRows}, leaked columns ${memory.leakedColumns}`,
    )
  }
  if (alertDelivery !== undefined) {
    lines.push('Alert delivery:')
    for (const d of alertDelivery) {
      const last = d.lastError === undefined ? '' : `, last error: ${printable(d.lastError)}`
      lines.push(
        `  ${printable(d.id)} (${d.type}): delivered ${d.delivered}, failed ${d.failed} (timed out ${d.timedOut}), suppressed ${d.suppressed}${last}`,
      )
    }
  }
  return lines.join('\n')
}

// A newline or tab inside a name would break the table's rows and columns.
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => {
    if (c === '\n') return '\\n'
    if (c === '\r') return '\\r'
    if (c === '\t') return '\\t'
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}

// Terminal columns a text takes: wide East Asian and emoji code points take two, combining
// marks none, everything else one. An approximation of Unicode's East Asian Width, enough to
// keep common CJK and emoji operation names aligned.
function width(text: string): number {
  let n = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code >= 0x300 && code <= 0x36f) continue
    n += isWide(code) ? 2 : 1
  }
  return n
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  )
}

function pad(text: string, to: number, left: boolean): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)))
  return left ? text + fill : fill + text
}
