import { describe, expect, it, vi } from 'vitest'
import {
  EnhancedPerformanceMonitor,
  OVERFLOW_OPERATION,
} from '../../monitor/EnhancedPerformanceMonitor'
import { summaryPercentile } from '../summaryPercentile'

describe('monitor.getSummary()', () => {
  it('records every trackOperation sample by operation and row-count bucket', () => {
    const monitor = new EnhancedPerformanceMonitor()
    monitor.trackOperation('sorting', 10, { tableId: 'orders', rowCount: 200_000 })
    monitor.trackOperation('sorting', 30, { rowCount: 200_000 })
    monitor.trackOperation('sorting', 2, { rowCount: 500 })
    monitor.trackOperation('sorting', 4)
    const summary = monitor.getSummary()
    const sorting = summary.operations.sorting
    expect(sorting).toMatchObject({ count: 4, sum: 46, min: 2, max: 30 })
    expect(Object.keys(sorting?.rows ?? {})).toEqual(['<1k', '100k-1M', 'unknown'])
    expect(sorting?.rows['100k-1M']?.count).toBe(2)
    expect(summaryPercentile(summary, 'sorting', 1, { rows: '100k-1M' })).toBe(30)
    expect(summaryPercentile(summary, 'sorting', 0, { rows: ['<1k', 'unknown'] })).toBe(2)
  })

  it('counts violations by the budget severity', () => {
    const monitor = new EnhancedPerformanceMonitor({
      budgets: [
        { operation: 'sorting', budgetMs: 10, enabled: true, severity: 'error' },
        { operation: 'filtering', budgetMs: 10, enabled: true, severity: 'critical' },
      ],
    })
    monitor.trackOperation('sorting', 11)
    monitor.trackOperation('sorting', 9)
    monitor.trackOperation('filtering', 50)
    const { operations } = monitor.getSummary()
    expect(operations.sorting?.violations).toEqual({ warning: 0, error: 1, critical: 0 })
    expect(operations.filtering?.violations).toEqual({ warning: 0, error: 0, critical: 1 })
  })

  it('keeps dropped samples out, folds operations past the cap into the overflow name, and clears', () => {
    const monitor = new EnhancedPerformanceMonitor({ maxOperations: 1 })
    monitor.trackOperation('a', 1)
    monitor.trackOperation('b', 2)
    monitor.trackOperation('a', NaN)
    monitor.trackOperation('a', -1)
    expect(Object.keys(monitor.getSummary().operations)).toEqual(['a', OVERFLOW_OPERATION])
    expect(monitor.getSummary().operations.a?.count).toBe(1)
    monitor.clear()
    expect(monitor.getSummary().operations).toEqual({})
  })

  it('records nothing while the monitor is disabled', () => {
    const monitor = new EnhancedPerformanceMonitor({ enabled: false })
    monitor.trackOperation('sorting', 5)
    expect(monitor.getSummary().operations).toEqual({})
  })

  it('holds figures only: its JSON has no table id and no keys beyond the documented ones', () => {
    const monitor = new EnhancedPerformanceMonitor({ budgets: { sorting: 1 } })
    monitor.trackOperation('sorting', 5, { tableId: 'customers-with-private-name', rowCount: 10 })
    const json = JSON.stringify(monitor.getSummary())
    expect(json).not.toContain('customers')
    const keys = new Set<string>()
    JSON.parse(json, (key, value: unknown) => {
      keys.add(key)
      return value
    })
    expect([...keys].sort()).toEqual(
      [
        '',
        '0',
        '<1k',
        'count',
        'counts',
        'critical',
        'error',
        'max',
        'min',
        'offset',
        'operations',
        'relativeAccuracy',
        'rows',
        'sessions',
        'sorting',
        'sum',
        'version',
        'violations',
        'warning',
        'zero',
      ].sort(),
    )
  })
})

describe('monitor.onSample()', () => {
  it('calls listeners after each sample with operation, duration, context and violation', () => {
    const monitor = new EnhancedPerformanceMonitor({ budgets: { sorting: 10 } })
    const listener = vi.fn()
    const off = monitor.onSample(listener)
    const context = { tableId: 't', rowCount: 3 }
    const violation = monitor.trackOperation('sorting', 20, context)
    monitor.trackOperation('sorting', 5)
    expect(listener).toHaveBeenNthCalledWith(1, 'sorting', 20, context, violation)
    expect(listener).toHaveBeenNthCalledWith(2, 'sorting', 5, undefined, null)
    off()
    off()
    monitor.trackOperation('sorting', 5)
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('reports a throwing listener to onError and keeps recording and calling the others', () => {
    const onError = vi.fn()
    const monitor = new EnhancedPerformanceMonitor({ onError })
    const failure = new Error('listener broke')
    monitor.onSample(() => {
      throw failure
    })
    const second = vi.fn()
    monitor.onSample(second)
    expect(() => monitor.trackOperation('sorting', 5)).not.toThrow()
    expect(onError).toHaveBeenCalledWith(failure)
    expect(second).toHaveBeenCalledTimes(1)
    expect(monitor.getSummary().operations.sorting?.count).toBe(1)
  })

  it('refuses a listener that is not a function', () => {
    const monitor = new EnhancedPerformanceMonitor()
    expect(() => monitor.onSample('x' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_MONITOR_OPTION' }),
    )
  })
})

describe('summaryPercentile arguments', () => {
  const monitor = new EnhancedPerformanceMonitor()
  monitor.trackOperation('sorting', 5)
  const summary = monitor.getSummary()

  it('NaN for an operation never tracked, or a row bucket without samples', () => {
    expect(summaryPercentile(summary, 'filtering', 0.5)).toBeNaN()
    expect(summaryPercentile(summary, 'toString', 0.5)).toBeNaN()
    expect(summaryPercentile(summary, 'sorting', 0.5, { rows: '>=1M' })).toBeNaN()
  })

  it.each([-0.1, 1.5, NaN, '0.5'])('refuses q = %s', (q) => {
    expect(() => summaryPercentile(summary, 'sorting', q as number)).toThrow(
      /q must be a number from 0 to 1/,
    )
  })

  it('refuses an unknown row bucket', () => {
    expect(() => summaryPercentile(summary, 'sorting', 0.5, { rows: '2k' as never })).toThrow(
      /rows must be among/,
    )
  })
})
