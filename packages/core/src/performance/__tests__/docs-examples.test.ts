// The code examples of docs/performance/metrics.md and docs/performance/budgets.md, so they
// are type-checked and run. Keep each block identical to the docs (between the markers); the
// docs import from '@gridkit/core', which is ../../index here.
import { parse as parseCsv } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import {
  EnhancedPerformanceMonitor,
  PERFORMANCE_BUDGETS,
  createBudgetPreset,
  formatReport,
  type BudgetViolation,
} from '../../index'

describe('docs/performance/metrics.md', () => {
  it('tracking and reading statistics', () => {
    // --- example: tracking
    const monitor = new EnhancedPerformanceMonitor()

    // Time a call: the duration is recorded, errors are counted and rethrown.
    const rows = [{ active: true }, { active: false }]
    const visible = monitor.measure('filtering', () => rows.filter((row) => row.active))

    // Or record a duration you measured yourself, in ms.
    for (let ms = 1; ms <= 100; ms++) monitor.trackOperation('sorting', ms)

    const stats = monitor.getOperationStats('sorting')
    // { operation: 'sorting', count: 100, avgTime: 50.5, minTime: 1, maxTime: 100,
    //   totalTime: 5050, p50: 50.5, p95: 95.05, p99: 99.01, errorCount: 0, windowCount: 100, ... }
    // --- end
    expect(visible).toEqual([{ active: true }])
    expect(stats).toMatchObject({ count: 100, avgTime: 50.5, minTime: 1, maxTime: 100 })
    expect(stats?.p95).toBeCloseTo(95.05, 12)
    expect(monitor.getOperationStats('filtering')?.count).toBe(1)
  })

  it('window versus all-time', () => {
    // --- example: window
    const monitor = new EnhancedPerformanceMonitor({ windowSize: 4 })
    for (const ms of [100, 1, 2, 3, 4]) monitor.trackOperation('pagination', ms)

    const stats = monitor.getOperationStats('pagination')
    // maxTime is all-time: 100. p99 covers the last 4 samples only: 3.97.
    // --- end
    expect(stats?.maxTime).toBe(100)
    expect(stats?.p99).toBeCloseTo(3.97, 12)
  })

  it('reports and exports', () => {
    // --- example: report
    const monitor = new EnhancedPerformanceMonitor({ budgets: PERFORMANCE_BUDGETS.INTERACTIVE })
    monitor.trackOperation('sorting', 72)
    monitor.trackOperation('filtering', 20)

    const report = monitor.generateReport({ sortBy: 'p95', limit: 10 })
    const text = formatReport(report) // an aligned table for a terminal or a log

    const json = monitor.exportMetrics('json') // the whole report
    const csv = monitor.exportMetrics('csv') // one row per operation, RFC 4180
    const scrape = monitor.exportMetrics('openmetrics') // for Prometheus and friends
    // --- end
    expect(report.stats.map((s) => s.operation)).toEqual(['sorting', 'filtering'])
    expect(report.violations?.bySeverity.warning).toBe(1)
    expect(text.split('\n')[2]?.startsWith('sorting')).toBe(true)
    expect(JSON.parse(json)).toEqual({
      ...monitor.generateReport(),
      generatedAt: expect.any(Number),
    })
    expect(parseCsv(csv, { columns: true })).toHaveLength(2)
    expect(scrape).toContain('gridkit_operation_duration_milliseconds_count{operation="sorting"} 1')
  })
})

describe('docs/performance/budgets.md', () => {
  it('setting budgets and listening for violations', () => {
    // --- example: budgets
    const monitor = new EnhancedPerformanceMonitor({
      budgets: createBudgetPreset('normal'),
      onError: (error) => console.warn('violation listener failed', error),
    })
    monitor.setBudget({ operation: 'export', budgetMs: 500, enabled: true, severity: 'critical' })

    const seen: BudgetViolation[] = []
    const unsubscribe = monitor.on('budgetViolation', (violation) => seen.push(violation))

    monitor.trackOperation('sorting', 80, { tableId: 'orders', rowCount: 50_000 })
    // seen[0]: { operation: 'sorting', actual: 80, budget: 50, severity: 'error',
    //            impact: 'userVisible', tableId: 'orders', rowCount: 50000, timestamp: ... }

    monitor.checkBudget('export', 900) // a violation object, without recording anything
    unsubscribe()
    // --- end
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({
      operation: 'sorting',
      actual: 80,
      budget: 50,
      severity: 'error',
      impact: 'userVisible',
      tableId: 'orders',
      rowCount: 50_000,
    })
    expect(monitor.checkBudget('export', 900)?.severity).toBe('critical')
    expect(monitor.getOperationStats('export')).toBeUndefined()
  })

  it('record form and overrides', () => {
    // --- example: record
    const monitor = new EnhancedPerformanceMonitor({
      budgets: { ...PERFORMANCE_BUDGETS.INTERACTIVE, ...PERFORMANCE_BUDGETS.BACKGROUND },
    })
    // Record entries are enabled, with severity 'warning'. Make one stricter:
    monitor.setBudget({ operation: 'sorting', budgetMs: 30, enabled: true, severity: 'error' })
    // A prefetch nobody waits for:
    monitor.setBudget({
      operation: 'prefetch',
      budgetMs: 2000,
      enabled: true,
      severity: 'warning',
      impact: 'background',
    })
    // --- end
    expect(monitor.getBudget('dataFetch')).toEqual({
      operation: 'dataFetch',
      budgetMs: 1000,
      enabled: true,
      severity: 'warning',
    })
    expect(monitor.checkBudget('dataFetch', 1001)?.impact).toBe('background')
    expect(monitor.checkBudget('sorting', 31)?.severity).toBe('error')
    expect(monitor.checkBudget('prefetch', 2001)?.impact).toBe('background')
  })
})
