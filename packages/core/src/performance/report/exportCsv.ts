import type { OperationMetrics } from '../types/metrics'
import { OPERATION_METRIC_FIELDS } from './metricFields'
import type { PerformanceReport } from './types'

/** The CSV columns, in order; the header row uses these names. */
export const CSV_COLUMNS: readonly (keyof OperationMetrics)[] = OPERATION_METRIC_FIELDS

/**
 * The report's per-operation stats as CSV (RFC 4180): a header row, one row per operation,
 * CRLF line ends; fields with a comma, quote, CR or LF are quoted with quotes doubled.
 * Numbers are written in full precision (durations in ms, `lastExecuted` in epoch ms).
 */
export function exportCsv(report: PerformanceReport): string {
  let out = CSV_COLUMNS.join(',') + '\r\n'
  for (const stats of report.stats) {
    out += CSV_COLUMNS.map((column) => csvField(String(stats[column]))).join(',') + '\r\n'
  }
  return out
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
