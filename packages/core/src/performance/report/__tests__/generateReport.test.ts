import { describe, expect, it } from 'vitest'
import { GridKitError, isGridKitError } from '../../../errors/GridKitError'
import type { AlertDeliveryStats } from '../../alerts/types'
import { EnhancedPerformanceMonitor } from '../../monitor/EnhancedPerformanceMonitor'
import type { MemoryMetrics } from '../../types/metrics'
import type { ReportOptions } from '../types'

function sampleMonitor(): EnhancedPerformanceMonitor {
  const monitor = new EnhancedPerformanceMonitor({
    wallClock: () => 1234,
    budgets: [
      { operation: 'sorting', budgetMs: 10, enabled: true, severity: 'error' },
      { operation: 'filtering', budgetMs: 10, enabled: true, severity: 'critical' },
    ],
  })
  for (const ms of [5, 15, 25]) monitor.trackOperation('sorting', ms) // total 45, 2 errors
  for (const ms of [30, 40]) monitor.trackOperation('filtering', ms) // total 70, 2 criticals
  for (const ms of [1, 1, 1, 1]) monitor.trackOperation('pagination', ms) // total 4
  monitor.trackOperation('selection', Number.NaN)
  return monitor
}

const names = (options?: ReportOptions): string[] =>
  sampleMonitor()
    .generateReport(options)
    .stats.map((s) => s.operation)

describe('generateReport', () => {
  it('by default: all operations by total time, descending, with violations', () => {
    const report = sampleMonitor().generateReport()
    expect(report.generatedAt).toBe(1234)
    expect(report.stats.map((s) => s.operation)).toEqual(['filtering', 'sorting', 'pagination'])
    expect(report.droppedSamples).toBe(1)
    expect(report.overflowSamples).toBe(0)
    expect(report.violations).toMatchObject({
      total: 4,
      bySeverity: { warning: 0, error: 2, critical: 2 },
      byOperation: [
        { operation: 'sorting', error: 2, total: 2 },
        { operation: 'filtering', critical: 2, total: 2 },
      ],
    })
    expect(report.violations?.recent.map((v) => v.actual)).toEqual([15, 25, 30, 40])
    expect(report).not.toHaveProperty('memory')
    expect(report).not.toHaveProperty('alertDelivery')
  })

  it('sorts by any field, either way, ties by name', () => {
    expect(names({ sortBy: 'count' })).toEqual(['pagination', 'sorting', 'filtering'])
    expect(names({ sortBy: 'count', order: 'asc' })).toEqual(['filtering', 'sorting', 'pagination'])
    expect(names({ sortBy: 'operation' })).toEqual(['filtering', 'pagination', 'sorting'])
    expect(names({ sortBy: 'operation', order: 'desc' })).toEqual([
      'sorting',
      'pagination',
      'filtering',
    ])
    expect(names({ sortBy: 'errorCount' })).toEqual(['filtering', 'pagination', 'sorting'])
    expect(names({ sortBy: 'maxTime', order: 'asc' })).toEqual([
      'pagination',
      'sorting',
      'filtering',
    ])
  })

  it('filters by operation (unknown names skipped) and limits after sorting', () => {
    expect(names({ operations: ['sorting', 'pagination', 'nope', 'sorting'] })).toEqual([
      'sorting',
      'pagination',
    ])
    expect(names({ limit: 2 })).toEqual(['filtering', 'sorting'])
    expect(names({ limit: 0 })).toEqual([])
    expect(names({ limit: 10 })).toHaveLength(3)
    const filtered = sampleMonitor().generateReport({ operations: ['sorting'] })
    expect(filtered.violations).toMatchObject({
      total: 2,
      bySeverity: { warning: 0, error: 2, critical: 0 },
      byOperation: [{ operation: 'sorting' }],
    })
    expect(filtered.violations?.recent.every((v) => v.operation === 'sorting')).toBe(true)
  })

  it('leaves violations out on request', () => {
    expect(sampleMonitor().generateReport({ includeViolations: false })).not.toHaveProperty(
      'violations',
    )
  })

  const badOptions: [string, unknown][] = [
    ['operations', 'sorting'],
    ['operations', [1]],
    ['sortBy', 'speed'],
    ['order', 'up'],
    ['limit', -1],
    ['limit', 1.5],
    ['includeViolations', 'no'],
  ]
  for (const [option, value] of badOptions) {
    it(`rejects ${option}=${JSON.stringify(value)} naming the option`, () => {
      let caught: unknown
      try {
        sampleMonitor().generateReport({ [option]: value })
      } catch (error) {
        caught = error
      }
      expect(isGridKitError(caught, 'INVALID_OPTION')).toBe(true)
      expect((caught as GridKitError).message).toContain(`"${option}"`)
    })
  }

  it('includes memory and alert delivery sections when a subclass provides them', () => {
    const memory: MemoryMetrics = {
      heapUsed: 12.5,
      heapTotal: 32,
      external: 1,
      arrayBuffers: 0.5,
      leakedRows: 3,
      leakedColumns: 0,
      source: 'process.memoryUsage',
    }
    const delivery: AlertDeliveryStats[] = [
      { id: 'console', type: 'console', delivered: 4, failed: 1, timedOut: 0, suppressed: 2 },
    ]
    class WiredMonitor extends EnhancedPerformanceMonitor {
      protected override getMemorySection(): MemoryMetrics {
        return memory
      }
      protected override getAlertDeliveryStats(): AlertDeliveryStats[] {
        return delivery
      }
    }
    const report = new WiredMonitor().generateReport()
    expect(report.memory).toEqual(memory)
    expect(report.memory).not.toBe(memory)
    expect(report.alertDelivery).toEqual(delivery)
    expect(report.alertDelivery?.[0]).not.toBe(delivery[0])
  })
})
