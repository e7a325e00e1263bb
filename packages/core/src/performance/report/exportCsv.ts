import type { OperationMetrics } from '../types/metrics'
import { OPERATION_METRIC_FIELDS } from './metricFields'
import type { PerformanceReport } from './types'

/** The CSV columns, in order; the header row uses these names. */
export const CSV_COLUMNS: readonly (keyof OperationMetrics)[] = OPERATION_METRIC_FIELDS

/**
 * The report's per-operation stats as CSV (RFC 4180): a header row, one row per operation,
 * CRLF line ends; fields with a comma, quote, CR or LF are quoted with quotes doubled.
 * Numbers are written in full precision (durations in ms, `lastExecuted` in epoch ms).
 * Text cells a spreadsheet would run as a formula are neutralised (see {@link csvTextField}).
 */
export function exportCsv(report: PerformanceReport): string {
  let out = CSV_COLUMNS.join(',') + '\r\n'
  for (const stats of report.stats) {
    out += CSV_COLUMNS.map((column) => csvCell(stats[column])).join(',') + '\r\n'
  }
  return out
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/

function csvCell(value: unknown): string {
  return typeof value === 'string' ? csvTextField(value) : csvField(String(value))
}

/**
 * A text cell: one starting with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'` and
 * quoted, as OWASP's CSV-injection guidance says, so an operation name such as
 * `=cmd|' /C calc'!A0` opens as text, never as a formula.
 */
export function csvTextField(text: string): string {
  return FORMULA_START.test(text) ? `"'${text.replace(/"/g, '""')}"` : csvField(text)
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
