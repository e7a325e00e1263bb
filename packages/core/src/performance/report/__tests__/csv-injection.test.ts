// Issue 10 §7: CSV cells that a spreadsheet would run as a formula are neutralised (OWASP).
import { parse as parseCsv } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { EnhancedPerformanceMonitor } from '../../monitor/EnhancedPerformanceMonitor'
import { csvTextField } from '../exportCsv'

const DANGEROUS = ["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR']

describe('exportMetrics("csv") against CSV injection', () => {
  it.each(DANGEROUS)('writes the operation %j as text a spreadsheet will not run', (name) => {
    const monitor = new EnhancedPerformanceMonitor()
    monitor.trackOperation(name, 3)
    const rows = parseCsv<Record<string, string>>(monitor.exportMetrics('csv'), { columns: true })
    const cell = rows[0]?.operation
    expect(cell).toBe(`'${name}`)
  })

  it('leaves safe names and numbers as they are', () => {
    const monitor = new EnhancedPerformanceMonitor()
    monitor.trackOperation('sorting', 2.5)
    const rows = parseCsv<Record<string, string>>(monitor.exportMetrics('csv'), { columns: true })
    expect(rows[0]).toMatchObject({ operation: 'sorting', avgTime: '2.5' })
  })

  it('quotes a neutralised cell that also holds quotes and commas', () => {
    expect(csvTextField('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"')
  })
})
