import { describe, expect, it } from 'vitest'
import { EnhancedPerformanceMonitor } from '../../monitor/EnhancedPerformanceMonitor'
import { formatReport } from '../formatReport'
import type { PerformanceReport } from '../types'

function tableLines(text: string): string[] {
  return text.split('\n').slice(0, text.split('\n').indexOf(''))
}

describe('formatReport', () => {
  it('renders an aligned table: names left, numbers right, two decimals', () => {
    const monitor = new EnhancedPerformanceMonitor({ budgets: { rowModelBuild: 16 } })
    for (const ms of [12.345, 20]) monitor.trackOperation('rowModelBuild', ms)
    monitor.trackOperation('sorting', 1234.5)
    monitor.trackOperation('表格', 0.5)
    const text = formatReport(monitor.generateReport())
    const lines = tableLines(text)
    expect(lines).toHaveLength(5)
    expect(lines).toEqual([
      'operation      count   avg ms   min ms   max ms   p50 ms   p95 ms   p99 ms  total ms  errors',
      '-------------  -----  -------  -------  -------  -------  -------  -------  --------  ------',
      'sorting            1  1234.50  1234.50  1234.50  1234.50  1234.50  1234.50   1234.50       0',
      'rowModelBuild      2    16.17    12.35    20.00    16.17    19.62    19.92     32.34       0',
      // Two wide characters fill four columns, so two fewer spaces follow them.
      '表格' +
        ' '.repeat(15) +
        '1     0.50     0.50     0.50     0.50     0.50     0.50      0.50       0',
    ])
    expect(text).toContain('Dropped samples: 0  Overflow samples: 0')
    expect(text).toContain('Budget violations: 1 (warning 1, error 0, critical 0)')
    expect(text).toContain('  rowModelBuild: 1 (warning 1, error 0, critical 0)')
    expect(text).toContain('Percentiles over the last 1024 samples per operation')
  })

  it('counts combining marks as zero columns and emoji as two', () => {
    const monitor = new EnhancedPerformanceMonitor()
    monitor.trackOperation('e\u0301tude', 1)
    monitor.trackOperation('🚀🚀', 1)
    monitor.trackOperation('abcdef', 1)
    const rows = tableLines(formatReport(monitor.generateReport({ sortBy: 'operation' })))
    // Code units before the count column: name + padding to 9 columns (the title) + 2 + 4.
    expect(rows.slice(2).map((row) => row.indexOf('1'))).toEqual([15, 16, 15])
  })

  it('escapes control characters so a name cannot break a row', () => {
    const monitor = new EnhancedPerformanceMonitor()
    monitor.trackOperation('a\nb\tc\rd\u0001', 1)
    const lines = tableLines(formatReport(monitor.generateReport()))
    expect(lines).toHaveLength(3)
    expect(lines[2]?.startsWith('a\\nb\\tc\\rd\\u0001  ')).toBe(true)
  })

  it('says so when nothing was recorded, and omits absent sections', () => {
    const text = formatReport(
      new EnhancedPerformanceMonitor().generateReport({ includeViolations: false }),
    )
    expect(text.split('\n')[0]).toBe('No operations recorded.')
    expect(text).not.toContain('Budget violations')
    expect(text).not.toContain('Memory')
    expect(text).not.toContain('Alert delivery')
  })

  it('renders memory and alert delivery sections', () => {
    const report: PerformanceReport = {
      generatedAt: 0,
      windowSize: 8,
      stats: [],
      droppedSamples: 2,
      overflowSamples: 5,
      memory: {
        heapUsed: 12.345,
        heapTotal: 64,
        external: 1.25,
        arrayBuffers: 0.5,
        leakedRows: 3,
        leakedColumns: 1,
        source: 'process.memoryUsage',
      },
      alertDelivery: [
        { id: 'sentry', type: 'sentry', delivered: 3, failed: 2, timedOut: 1, suppressed: 4 },
        {
          id: 'hook',
          type: 'custom',
          delivered: 0,
          failed: 1,
          timedOut: 0,
          suppressed: 0,
          lastError: 'HTTP 500\nretry later',
        },
      ],
    }
    const text = formatReport(report)
    expect(text).toContain('Dropped samples: 2  Overflow samples: 5')
    expect(text).toContain(
      'Memory: heap 12.3 of 64.0 MB, external 1.3 MB, array buffers 0.5 MB, leaked rows 3, leaked columns 1',
    )
    expect(text).toContain(
      '  sentry (sentry): delivered 3, failed 2 (timed out 1), suppressed 4\n' +
        '  hook (custom): delivered 0, failed 1 (timed out 0), suppressed 0, last error: HTTP 500\\nretry later',
    )
  })
})
