import { afterEach, describe, expect, it, vi } from 'vitest'
import { GridKitError, isGridKitError } from '../../../errors/GridKitError'
import { PERFORMANCE_BUDGETS } from '../../budgets/presets'
import { referencePercentile, seededRandom } from '../../stats/__tests__/seededRandom'
import type { BudgetViolation } from '../../types/metrics'
import { EnhancedPerformanceMonitor, OVERFLOW_OPERATION } from '../EnhancedPerformanceMonitor'

function fixedWallClock(start = 1_700_000_000_000): () => number {
  let t = start
  return () => t++
}

function errorOf(fn: () => unknown): GridKitError {
  try {
    fn()
  } catch (error) {
    if (error instanceof GridKitError) return error
    throw error
  }
  throw new Error('expected a GridKitError')
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('EnhancedPerformanceMonitor: statistics', () => {
  it('keeps all-time count, total, avg, min, max and the last wall-clock time', () => {
    const monitor = new EnhancedPerformanceMonitor({ wallClock: fixedWallClock(1000) })
    for (const ms of [4, 1, 9, 2]) monitor.trackOperation('sorting', ms)
    expect(monitor.getOperationStats('sorting')).toEqual({
      operation: 'sorting',
      count: 4,
      totalTime: 16,
      avgTime: 4,
      minTime: 1,
      maxTime: 9,
      p50: 3,
      p95: expect.closeTo(8.25, 12),
      p99: expect.closeTo(8.85, 12),
      lastExecuted: 1003,
      errorCount: 0,
      windowCount: 4,
    })
    expect(monitor.getOperationStats('unknown')).toBeUndefined()
  })

  it('gives the worked percentile examples', () => {
    const monitor = new EnhancedPerformanceMonitor()
    for (const ms of [10, 20, 15]) monitor.trackOperation('a', ms)
    for (let i = 1; i <= 100; i++) monitor.trackOperation('b', i)
    expect(monitor.getOperationStats('a')?.p50).toBe(15)
    const b = monitor.getOperationStats('b')!
    expect(b.p50).toBe(50.5)
    expect(b.p95).toBeCloseTo(95.05, 12)
    expect(b.p99).toBeCloseTo(99.01, 12)
  })

  for (const [windowSize, samples] of [
    [1024, 10],
    [1024, 1000],
    [1024, 1024],
    [64, 64 * 37 + 5],
    [1000, 25_013],
    [7, 100],
    [1, 1],
    [1, 500],
  ] as const) {
    it(`percentiles match a sort of the last ${windowSize} samples (${samples} tracked)`, () => {
      const monitor = new EnhancedPerformanceMonitor({ windowSize })
      const random = seededRandom(windowSize * 31 + samples)
      const all: number[] = []
      for (let i = 0; i < samples; i++) {
        const ms = random() < 0.05 ? 50 + random() * 500 : random() * 20
        all.push(ms)
        monitor.trackOperation('op', ms)
      }
      const windowed = all.slice(-windowSize)
      const stats = monitor.getOperationStats('op')!
      expect(stats.count).toBe(samples)
      expect(stats.windowCount).toBe(windowed.length)
      expect(stats.minTime).toBe(Math.min(...all))
      expect(stats.maxTime).toBe(Math.max(...all))
      expect(stats.totalTime).toBeCloseTo(
        all.reduce((s, x) => s + x, 0),
        6,
      )
      expect(stats.p50).toBeCloseTo(referencePercentile(windowed, 0.5), 9)
      expect(stats.p95).toBeCloseTo(referencePercentile(windowed, 0.95), 9)
      expect(stats.p99).toBeCloseTo(referencePercentile(windowed, 0.99), 9)
    })
  }

  it('recomputes percentiles after a new sample and shares scratch space safely', () => {
    const monitor = new EnhancedPerformanceMonitor({ windowSize: 4 })
    for (const ms of [1, 2, 3, 4]) monitor.trackOperation('x', ms)
    for (const ms of [100, 200]) monitor.trackOperation('y', ms)
    expect(monitor.getOperationStats('x')?.p50).toBe(2.5)
    expect(monitor.getOperationStats('y')?.p50).toBe(150)
    expect(monitor.getOperationStats('x')?.p50).toBe(2.5)
    monitor.trackOperation('x', 40)
    expect(monitor.getOperationStats('x')?.p50).toBe(3.5)
  })

  it('returns fresh objects, so callers cannot change the monitor', () => {
    const monitor = new EnhancedPerformanceMonitor()
    monitor.trackOperation('a', 5)
    const first = monitor.getOperationStats('a')!
    first.count = 99
    expect(monitor.getOperationStats('a')?.count).toBe(1)
    expect(monitor.getOperationStats('a')).not.toBe(monitor.getOperationStats('a'))
  })

  it('getAllStats lists every operation in first-seen order', () => {
    const monitor = new EnhancedPerformanceMonitor()
    monitor.trackOperation('b', 1)
    monitor.trackOperation('a', 2)
    monitor.trackOperation('b', 3)
    expect(monitor.getAllStats().map((s) => [s.operation, s.count])).toEqual([
      ['b', 2],
      ['a', 1],
    ])
  })

  it('drops and counts invalid samples without throwing', () => {
    const monitor = new EnhancedPerformanceMonitor()
    const bad: [unknown, unknown][] = [
      ['op', Number.NaN],
      ['op', -1],
      ['op', Infinity],
      ['op', -Infinity],
      ['op', '5'],
      ['op', null],
      ['op', undefined],
      ['', 5],
      [42, 5],
      [null, 5],
    ]
    for (const [op, ms] of bad) {
      expect(monitor.trackOperation(op as string, ms as number)).toBeNull()
    }
    monitor.trackOperation('op', 0)
    monitor.trackOperation('op', -0)
    expect(monitor.generateReport().droppedSamples).toBe(bad.length)
    const stats = monitor.getOperationStats('op')!
    expect(stats.count).toBe(2)
    expect(Object.is(stats.minTime, 0)).toBe(true)
    expect(monitor.getAllStats()).toHaveLength(1)
  })

  it('counts operations past maxOperations in one overflow bucket', () => {
    const monitor = new EnhancedPerformanceMonitor({ maxOperations: 2 })
    monitor.setBudget({ operation: 'c', budgetMs: 1, enabled: true, severity: 'error' })
    monitor.trackOperation('a', 1)
    monitor.trackOperation('b', 2)
    monitor.trackOperation('c', 3)
    monitor.trackOperation('d', 4)
    monitor.trackOperation('a', 5)
    const ops = monitor.getAllStats().map((s) => [s.operation, s.count])
    expect(ops).toEqual([
      ['a', 2],
      ['b', 1],
      [OVERFLOW_OPERATION, 2],
    ])
    const report = monitor.generateReport()
    expect(report.overflowSamples).toBe(2)
    // The budget is still checked under the operation's real name.
    expect(monitor.getViolations().map((v) => v.operation)).toEqual(['c'])
  })

  it('an operation named like the overflow bucket shares it without using a slot', () => {
    const monitor = new EnhancedPerformanceMonitor({ maxOperations: 1 })
    monitor.trackOperation(OVERFLOW_OPERATION, 1)
    monitor.trackOperation('a', 1)
    monitor.trackOperation('b', 1)
    expect(monitor.getAllStats().map((s) => [s.operation, s.count])).toEqual([
      [OVERFLOW_OPERATION, 2],
      ['a', 1],
    ])
    expect(monitor.generateReport().overflowSamples).toBe(1)
  })
})

describe('EnhancedPerformanceMonitor: measuring', () => {
  it('measure and measureAsync record durations from the injected clock and count errors', async () => {
    let t = 0
    const monitor = new EnhancedPerformanceMonitor({ now: () => (t += 5) })
    expect(monitor.measure('sync', () => 'ok')).toBe('ok')
    expect(() =>
      monitor.measure('sync', () => {
        throw new Error('boom')
      }),
    ).toThrow('boom')
    await expect(monitor.measureAsync('async', () => Promise.resolve(1))).resolves.toBe(1)
    await expect(
      monitor.measureAsync('async', () => Promise.reject(new Error('nope'))),
    ).rejects.toThrow('nope')
    expect(monitor.getOperationStats('sync')).toMatchObject({ count: 2, errorCount: 1, avgTime: 5 })
    expect(monitor.getOperationStats('async')).toMatchObject({ count: 2, errorCount: 1 })
    const end = monitor.start('manual')
    expect(end()).toBe(5)
    expect(monitor.getOperationStats('manual')?.totalTime).toBe(5)
  })

  it('still calls the base onMeasure hook', () => {
    const seen: string[] = []
    const monitor = new EnhancedPerformanceMonitor({ onMeasure: (op) => seen.push(op) })
    monitor.measure('a', () => 1)
    expect(seen).toEqual(['a'])
    expect(monitor.getOperationStats('a')?.count).toBe(1)
  })

  it('counts an error even when the clock gave an unusable duration', () => {
    const monitor = new EnhancedPerformanceMonitor({ now: () => Number.NaN })
    expect(() =>
      monitor.measure('broken', () => {
        throw new Error('x')
      }),
    ).toThrow('x')
    expect(monitor.getOperationStats('broken')).toMatchObject({
      count: 0,
      errorCount: 1,
      avgTime: 0,
      minTime: 0,
      maxTime: 0,
      p50: 0,
    })
    expect(monitor.generateReport().droppedSamples).toBe(1)
  })

  it('errors of operations past the cap go to the overflow bucket without counting a sample', () => {
    let t = 0
    const monitor = new EnhancedPerformanceMonitor({ maxOperations: 1, now: () => (t += 1) })
    monitor.trackOperation('a', 1)
    // A sample dropped by the clock leaves only the error to count.
    const broken = new EnhancedPerformanceMonitor({ maxOperations: 1, now: () => Number.NaN })
    broken.trackOperation('a', 1)
    expect(() =>
      broken.measure('b', () => {
        throw new Error('x')
      }),
    ).toThrow('x')
    expect(broken.getOperationStats(OVERFLOW_OPERATION)?.errorCount).toBe(1)
    expect(broken.generateReport().overflowSamples).toBe(0)
    expect(monitor.generateReport().overflowSamples).toBe(0)
  })

  it('disabled, it records nothing and trackOperation returns null', () => {
    const monitor = new EnhancedPerformanceMonitor({
      enabled: false,
      budgets: { sorting: 1 },
    })
    expect(monitor.trackOperation('sorting', 50)).toBeNull()
    expect(monitor.trackOperation('sorting', Number.NaN)).toBeNull()
    monitor.measure('m', () => 1)
    expect(monitor.getAllStats()).toEqual([])
    expect(monitor.generateReport().droppedSamples).toBe(0)
    monitor.setEnabled(true)
    expect(monitor.trackOperation('sorting', 50)).not.toBeNull()
  })
})

describe('EnhancedPerformanceMonitor: budgets and violations', () => {
  it('accepts budgets as a record (severity warning) or a list', () => {
    const fromRecord = new EnhancedPerformanceMonitor({ budgets: PERFORMANCE_BUDGETS.INTERACTIVE })
    expect(fromRecord.getBudget('sorting')).toEqual({
      operation: 'sorting',
      budgetMs: 50,
      enabled: true,
      severity: 'warning',
    })
    expect(fromRecord.getBudgets()).toHaveLength(5)
    const fromList = new EnhancedPerformanceMonitor({
      budgets: [{ operation: 'x', budgetMs: 2, enabled: false, severity: 'critical' }],
    })
    expect(fromList.getBudget('x')).toEqual({
      operation: 'x',
      budgetMs: 2,
      enabled: false,
      severity: 'critical',
    })
  })

  it('rejects bad budgets given as an option with INVALID_MONITOR_OPTION', () => {
    const error = errorOf(() => new EnhancedPerformanceMonitor({ budgets: { sorting: -1 } }))
    expect(error.code).toBe('INVALID_MONITOR_OPTION')
    expect(error.message).toContain('"budgets"')
    expect(error.message).toContain('budgetMs')
  })

  it('checkBudget is pure: a violation only when strictly over an enabled budget', () => {
    const monitor = new EnhancedPerformanceMonitor({ wallClock: () => 5000 })
    monitor.setBudget({ operation: 'sorting', budgetMs: 50, enabled: true, severity: 'error' })
    monitor.setBudget({ operation: 'off', budgetMs: 1, enabled: false, severity: 'error' })
    expect(monitor.checkBudget('sorting', 50)).toBeNull()
    expect(monitor.checkBudget('sorting', Infinity)).toBeNull()
    expect(monitor.checkBudget('sorting', Number.NaN)).toBeNull()
    expect(monitor.checkBudget('off', 100)).toBeNull()
    expect(monitor.checkBudget('none', 100)).toBeNull()
    expect(monitor.checkBudget('sorting', 50.5)).toEqual({
      operation: 'sorting',
      actual: 50.5,
      budget: 50,
      severity: 'error',
      timestamp: 5000,
      impact: 'userVisible',
    })
    expect(monitor.getAllStats()).toEqual([])
    expect(monitor.getViolations()).toEqual([])
  })

  it('impact is background for the spec background operations unless the budget says otherwise', () => {
    const monitor = new EnhancedPerformanceMonitor({ budgets: PERFORMANCE_BUDGETS.BACKGROUND })
    expect(monitor.checkBudget('dataFetch', 2000)?.impact).toBe('background')
    monitor.setBudget({
      operation: 'dataFetch',
      budgetMs: 10,
      enabled: true,
      severity: 'critical',
      impact: 'userVisible',
    })
    expect(monitor.checkBudget('dataFetch', 20)?.impact).toBe('userVisible')
    monitor.setBudget({
      operation: 'prefetch',
      budgetMs: 10,
      enabled: true,
      severity: 'warning',
      impact: 'background',
    })
    expect(monitor.checkBudget('prefetch', 20)?.impact).toBe('background')
  })

  it('a tracked sample over budget is returned, kept, counted and emitted with its context', () => {
    const monitor = new EnhancedPerformanceMonitor({ wallClock: () => 42 })
    monitor.setBudget({ operation: 'sorting', budgetMs: 10, enabled: true, severity: 'critical' })
    const seen: BudgetViolation[] = []
    monitor.on('budgetViolation', (v) => seen.push(v))
    expect(monitor.trackOperation('sorting', 5)).toBeNull()
    const violation = monitor.trackOperation('sorting', 12, {
      tableId: 't1',
      rowCount: 10_000,
    })
    expect(violation).toEqual({
      operation: 'sorting',
      actual: 12,
      budget: 10,
      severity: 'critical',
      timestamp: 42,
      impact: 'userVisible',
      tableId: 't1',
      rowCount: 10_000,
    })
    expect(seen).toEqual([violation])
    expect(monitor.getViolations()).toEqual([violation])
    expect(monitor.generateReport().violations?.bySeverity).toEqual({
      warning: 0,
      error: 0,
      critical: 1,
    })
  })

  it('ignores context fields of the wrong type', () => {
    const monitor = new EnhancedPerformanceMonitor({ budgets: { op: 1 } })
    const violation = monitor.trackOperation('op', 2, {
      tableId: 7 as unknown as string,
      rowCount: Number.NaN,
    })
    expect(violation).not.toHaveProperty('tableId')
    expect(violation).not.toHaveProperty('rowCount')
  })

  it('keeps a bounded history, oldest first, while counting every violation', () => {
    const monitor = new EnhancedPerformanceMonitor({ budgets: { op: 1 }, maxViolationHistory: 3 })
    for (let i = 2; i <= 7; i++) monitor.trackOperation('op', i)
    expect(monitor.getViolations().map((v) => v.actual)).toEqual([5, 6, 7])
    expect(monitor.generateReport().violations?.total).toBe(6)
    const none = new EnhancedPerformanceMonitor({ budgets: { op: 1 }, maxViolationHistory: 0 })
    none.trackOperation('op', 2)
    expect(none.getViolations()).toEqual([])
    expect(none.generateReport().violations?.byOperation).toEqual([
      { operation: 'op', warning: 1, error: 0, critical: 0, total: 1 },
    ])
  })

  it('setBudgets validates everything before changing anything', () => {
    const monitor = new EnhancedPerformanceMonitor()
    expect(() =>
      monitor.setBudgets([
        { operation: 'a', budgetMs: 1, enabled: true, severity: 'error' },
        { operation: 'b', budgetMs: 0, enabled: true, severity: 'error' },
      ]),
    ).toThrow(GridKitError)
    expect(monitor.getBudgets()).toEqual([])
    monitor.setBudgets({ a: 3, b: 4 })
    expect(monitor.getBudgets().map((b) => b.operation)).toEqual(['a', 'b'])
  })

  it('getBudget returns copies; removeBudget says whether there was one', () => {
    const monitor = new EnhancedPerformanceMonitor({ budgets: { a: 3 } })
    monitor.getBudget('a')!.budgetMs = 1000
    expect(monitor.getBudget('a')?.budgetMs).toBe(3)
    expect(monitor.removeBudget('a')).toBe(true)
    expect(monitor.removeBudget('a')).toBe(false)
    expect(monitor.getBudget('a')).toBeUndefined()
    expect(monitor.trackOperation('a', 10)).toBeNull()
  })

  it('setBudget rejects invalid budgets with INVALID_BUDGET', () => {
    const monitor = new EnhancedPerformanceMonitor()
    const error = errorOf(() =>
      monitor.setBudget({ operation: 'a', budgetMs: Number.NaN, enabled: true, severity: 'error' }),
    )
    expect(error.code).toBe('INVALID_BUDGET')
    expect(error.details).toMatchObject({ field: 'budgetMs' })
  })
})

describe('EnhancedPerformanceMonitor: listeners', () => {
  it('a throwing listener goes to onError and does not stop the others or the sample', () => {
    const errors: unknown[] = []
    const monitor = new EnhancedPerformanceMonitor({
      budgets: { op: 1 },
      onError: (e) => errors.push(e),
    })
    const seen: number[] = []
    monitor.on('budgetViolation', () => {
      throw new Error('listener bug')
    })
    monitor.on('budgetViolation', (v) => seen.push(v.actual))
    expect(monitor.trackOperation('op', 5)).not.toBeNull()
    expect(seen).toEqual([5])
    expect(errors).toHaveLength(1)
    expect((errors[0] as Error).message).toBe('listener bug')
    expect(monitor.getOperationStats('op')?.count).toBe(1)
  })

  it('defaults onError to console.error and survives a throwing onError', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const monitor = new EnhancedPerformanceMonitor({ budgets: { op: 1 } })
    monitor.on('budgetViolation', () => {
      throw new Error('bad')
    })
    monitor.trackOperation('op', 2)
    expect(spy).toHaveBeenCalledTimes(1)
    expect(spy.mock.calls[0]?.[1]).toBeInstanceOf(Error)

    const hostile = new EnhancedPerformanceMonitor({
      budgets: { op: 1 },
      onError: () => {
        throw new Error('hook bug')
      },
    })
    hostile.on('budgetViolation', () => {
      throw new Error('bad')
    })
    expect(hostile.trackOperation('op', 2)?.actual).toBe(2)
  })

  it('unsubscribe stops delivery, is idempotent, and is safe during an emit', () => {
    const monitor = new EnhancedPerformanceMonitor({ budgets: { op: 1 } })
    const calls: string[] = []
    const listener = (): void => {
      calls.push('twice')
    }
    const offA = monitor.on('budgetViolation', listener)
    monitor.on('budgetViolation', listener)
    const offSelf = monitor.on('budgetViolation', () => {
      calls.push('self')
      offSelf()
    })
    monitor.trackOperation('op', 2)
    expect(calls).toEqual(['twice', 'twice', 'self'])
    offA()
    offA()
    calls.length = 0
    monitor.trackOperation('op', 2)
    expect(calls).toEqual(['twice'])
  })

  it('rejects unknown events and non-function listeners', () => {
    const monitor = new EnhancedPerformanceMonitor()
    const badEvent = errorOf(() =>
      monitor.on('nope' as 'budgetViolation', () => {
        /* never called */
      }),
    )
    expect(badEvent.code).toBe('INVALID_MONITOR_OPTION')
    expect(badEvent.message).toContain('"event"')
    const badListener = errorOf(() => monitor.on('budgetViolation', 'x' as unknown as () => void))
    expect(badListener.message).toContain('"listener"')
  })
})

describe('EnhancedPerformanceMonitor: options', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['windowSize', { windowSize: 0 }],
    ['windowSize', { windowSize: 1.5 }],
    ['windowSize', { windowSize: 2_000_000 }],
    ['windowSize', { windowSize: '10' }],
    ['maxOperations', { maxOperations: 0 }],
    ['maxOperations', { maxOperations: Number.NaN }],
    ['maxViolationHistory', { maxViolationHistory: -1 }],
    ['wallClock', { wallClock: 5 }],
    ['onError', { onError: 'log' }],
    ['enabled', { enabled: 'yes' }],
    ['budgets', { budgets: 16 }],
  ]
  for (const [option, options] of cases) {
    it(`rejects ${option}=${String(Object.values(options)[0])} naming the option`, () => {
      const error = errorOf(() => new EnhancedPerformanceMonitor(options))
      expect(isGridKitError(error, 'INVALID_MONITOR_OPTION')).toBe(true)
      expect(error.message).toContain(`"${option}"`)
    })
  }

  it('uses defaults: window 1024, 256 operations', () => {
    const monitor = new EnhancedPerformanceMonitor()
    expect(monitor.windowSize).toBe(1024)
    expect(monitor.maxOperations).toBe(256)
    expect(monitor.generateReport().windowSize).toBe(1024)
  })

  it('clear forgets stats, violations and counts but keeps budgets and listeners', () => {
    const monitor = new EnhancedPerformanceMonitor({ budgets: { op: 1 }, maxOperations: 1 })
    let heard = 0
    monitor.on('budgetViolation', () => heard++)
    monitor.trackOperation('op', 2)
    monitor.trackOperation('other', 2)
    monitor.trackOperation('op', Number.NaN)
    monitor.clear()
    const report = monitor.generateReport()
    expect(report.stats).toEqual([])
    expect(report.droppedSamples).toBe(0)
    expect(report.overflowSamples).toBe(0)
    expect(report.violations?.total).toBe(0)
    expect(monitor.getViolations()).toEqual([])
    monitor.trackOperation('fresh', 1)
    expect(monitor.getOperationStats('fresh')?.count).toBe(1)
    monitor.trackOperation('op', 2)
    expect(heard).toBe(2)
  })
})
