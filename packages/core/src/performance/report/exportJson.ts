import type { PerformanceReport } from './types'

/**
 * The report as JSON. Every number in a report is finite, so `JSON.parse` gives back the
 * same numbers exactly (JavaScript prints the shortest text that round-trips a double).
 */
export function exportJson(report: PerformanceReport): string {
  return JSON.stringify(report)
}
