import { describe, expect, it, vi } from 'vitest'
import { EnhancedPerformanceMonitor } from '../../performance/monitor/EnhancedPerformanceMonitor'
import { BASE_BOUNDARIES_MS, budgetBoundaries, connectOpenTelemetry } from '..'
import type { OpenTelemetryOptions } from '..'

/** A Meter that records calls: enough to check options and attributes without the SDK. */
function fakeMeter() {
  const histogram = { record: vi.fn() }
  const counter = { add: vi.fn() }
  const meter = {
    createHistogram: vi.fn(() => histogram),
    createCounter: vi.fn(() => counter),
  }
  return { meter, histogram, counter, options: { meter } as unknown as OpenTelemetryOptions }
}

describe('budgetBoundaries', () => {
  it('adds half, whole and double of each enabled budget to the base ladder, ascending', () => {
    const edges = budgetBoundaries([
      { operation: 'sorting', budgetMs: 60, enabled: true, severity: 'warning' },
      { operation: 'x', budgetMs: 7, enabled: false, severity: 'warning' },
    ])
    expect(edges).toEqual([...new Set([...BASE_BOUNDARIES_MS, 30, 60, 120])].sort((a, b) => a - b))
    expect(edges).not.toContain(7)
  })
})

describe('connectOpenTelemetry', () => {
  it('creates one ms histogram with budget-derived advice and one violation counter', () => {
    const { meter, options } = fakeMeter()
    connectOpenTelemetry(new EnhancedPerformanceMonitor({ budgets: { sorting: 40 } }), options)
    expect(meter.createHistogram).toHaveBeenCalledTimes(1)
    expect(meter.createHistogram).toHaveBeenCalledWith('gridkit.operation.duration', {
      unit: 'ms',
      description: expect.any(String) as string,
      advice: { explicitBucketBoundaries: expect.arrayContaining([20, 40, 80]) as number[] },
    })
    expect(meter.createCounter).toHaveBeenCalledWith(
      'gridkit.budget.violations',
      expect.any(Object),
    )
  })

  it('records each sample with reused attributes, and each violation with its severity', () => {
    const { histogram, counter, options } = fakeMeter()
    const monitor = new EnhancedPerformanceMonitor({ budgets: { sorting: 10 } })
    connectOpenTelemetry(monitor, { ...options, boundaries: [1, 10, 100] })
    monitor.trackOperation('sorting', 5, { tableId: 't1', rowCount: 20_000 })
    monitor.trackOperation('sorting', 6, { tableId: 't1', rowCount: 30_000 })
    monitor.trackOperation('sorting', 50)
    const calls = histogram.record.mock.calls as [number, Record<string, unknown>][]
    expect(calls.map(([value]) => value)).toEqual([5, 6, 50])
    expect(calls[0]?.[1]).toEqual({ 'gridkit.operation': 'sorting', 'gridkit.rows': '10k-100k' })
    expect(calls[1]?.[1]).toBe(calls[0]?.[1])
    expect(counter.add).toHaveBeenCalledWith(1, {
      'gridkit.operation': 'sorting',
      'gridkit.rows': 'unknown',
      'gridkit.violation.severity': 'warning',
    })
  })

  it('keeps attribute caching bounded when table ids are many', () => {
    const { histogram, options } = fakeMeter()
    const monitor = new EnhancedPerformanceMonitor()
    connectOpenTelemetry(monitor, { ...options, tableId: true })
    for (let i = 0; i < 1_100; i++) monitor.trackOperation('sorting', 1, { tableId: `t${i}` })
    const calls = histogram.record.mock.calls as [number, Record<string, unknown>][]
    expect(calls.at(-1)?.[1]).toEqual({
      'gridkit.operation': 'sorting',
      'gridkit.rows': 'unknown',
      'gridkit.table.id': 't1099',
    })
  })

  it('a throwing instrument is reported to the monitor, never thrown into trackOperation', () => {
    const { histogram, options } = fakeMeter()
    histogram.record.mockImplementation(() => {
      throw new Error('exporter down')
    })
    const onError = vi.fn()
    const monitor = new EnhancedPerformanceMonitor({ onError })
    connectOpenTelemetry(monitor, options)
    expect(() => monitor.trackOperation('sorting', 1)).not.toThrow()
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'exporter down' }))
  })

  const bad: [string, unknown, RegExp][] = [
    ['no options', undefined, /"options" must be an object/],
    ['a meter without instruments', { meter: {} }, /"meter" must be an OpenTelemetry Meter/],
    ['a string tableId', { tableId: 'yes' }, /"tableId" must be true or false/],
    [
      'descending boundaries',
      { boundaries: [10, 5] },
      /"boundaries" must be a non-empty ascending/,
    ],
    ['empty boundaries', { boundaries: [] }, /"boundaries"/],
    ['a zero boundary', { boundaries: [0, 5] }, /"boundaries"/],
  ]
  for (const [name, override, message] of bad) {
    it(`refuses ${name} with INVALID_OPTION`, () => {
      const { options } = fakeMeter()
      const input = override === undefined ? undefined : { ...options, ...(override as object) }
      expect(() =>
        connectOpenTelemetry(new EnhancedPerformanceMonitor(), input as OpenTelemetryOptions),
      ).toThrow(
        expect.objectContaining({
          code: 'INVALID_OPTION',
          message: expect.stringMatching(message) as string,
        }),
      )
    })
  }

  it('refuses something that is not a monitor', () => {
    const { options } = fakeMeter()
    expect(() =>
      connectOpenTelemetry({} as unknown as EnhancedPerformanceMonitor, options),
    ).toThrow(/needs an EnhancedPerformanceMonitor/)
  })
})
