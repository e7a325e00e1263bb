import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import type { HeapRuntime, ProcessMemoryUsage } from '../heap'
import { HEAP_BUDGET_OPERATION } from '../heapBudget'
import { heapViolation, MemoryTracker, type MemoryTrackingOptions } from '../MemoryTracker'
import { collectGarbage, makeRows } from './collectGarbage'

const MB = 1024 * 1024

/** A runtime whose `process.memoryUsage()` reports `heapUsedMb` and counts its calls. */
function fakeRuntime(heapUsedMb: number): HeapRuntime & { calls: number } {
  const runtime = {
    calls: 0,
    process: {
      memoryUsage: (): ProcessMemoryUsage => {
        runtime.calls++
        return {
          heapUsed: heapUsedMb * MB,
          heapTotal: 2 * heapUsedMb * MB,
          external: 3 * MB,
          arrayBuffers: MB,
        }
      },
    },
  }
  return runtime
}

function thrown(fn: () => unknown): GridKitError {
  try {
    fn()
  } catch (error) {
    if (error instanceof GridKitError) return error
    throw error
  }
  throw new Error('expected a GridKitError')
}

// The helpers below release a generation and return only what the "app" keeps, so no local of
// the test body holds the released objects across the collection.
function releaseRows(tracker: MemoryTracker, count: number, keep: number): object[] {
  const rows = makeRows(count)
  tracker.releaseRows(rows, { reason: 'data', tableId: 't1' })
  return rows.slice(0, keep)
}

function releaseColumns(tracker: MemoryTracker, keep: number): object[] {
  const columns = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }]
  tracker.releaseColumns(columns, { reason: 'columns', tableId: 't1' })
  return columns.slice(0, keep)
}

beforeAll(() => {
  expect(globalThis.gc, 'vitest must run with execArgv --expose-gc').toBeTypeOf('function')
})

/** Two full collections: one gc() does not always free everything unreachable in V8. */
async function collectTwice(): Promise<void> {
  await collectGarbage()
  await collectGarbage()
}

describe('MemoryTracker options', () => {
  it.each([
    ['null', null],
    ['a string', 'sampled'],
    ['a number', 5],
  ])('refuses %s as the memory option, naming "memory"', (_, value) => {
    const error = thrown(() => new MemoryTracker(value as unknown as MemoryTrackingOptions))
    expect(error.code).toBe('INVALID_PERFORMANCE_OPTION')
    expect(error.details).toEqual({ option: 'memory' })
    expect(error.message).toMatch(/^memory must be an object/)
  })

  it.each([0, -1, Number.NaN, Infinity, '5'])(
    'refuses heapBudgetMb %s, naming memory.heapBudgetMb',
    (value) => {
      const error = thrown(() => new MemoryTracker({ heapBudgetMb: value as number }))
      expect(error.code).toBe('INVALID_PERFORMANCE_OPTION')
      expect(error.details).toEqual({ option: 'memory.heapBudgetMb' })
      expect(error.message).toContain('memory.heapBudgetMb must be a positive number of MB')
    },
  )

  it('passes leak detector options on, so their errors name memory.*', () => {
    const mode = thrown(
      () =>
        new MemoryTracker({ leakDetection: 'always' as MemoryTrackingOptions['leakDetection'] }),
    )
    expect(mode.details).toEqual({ option: 'memory.leakDetection' })
    expect(thrown(() => new MemoryTracker({ gracePeriodMs: -1 })).details).toEqual({
      option: 'memory.gracePeriodMs',
    })
    expect(thrown(() => new MemoryTracker({ sampleSize: 0.5 })).details).toEqual({
      option: 'memory.sampleSize',
    })
  })

  it('accepts no options at all', () => {
    const tracker = new MemoryTracker()
    expect(tracker.hasSample()).toBe(false)
    expect(tracker.detectLeaks()).toEqual([])
  })
})

describe('MemoryTracker heap readings', () => {
  it('reads the injected runtime, in MB, with no excess when no budget is set', () => {
    const runtime = fakeRuntime(40)
    const tracker = new MemoryTracker({}, undefined, runtime)
    const { sample, excess } = tracker.sample()
    expect(sample).toEqual({
      heapUsed: 40,
      heapTotal: 80,
      external: 3,
      arrayBuffers: 1,
      source: 'process.memoryUsage',
    })
    expect(excess).toBeNull()
    expect(runtime.calls).toBe(1)
  })

  it('reports the excess over the heap budget, and none within it', () => {
    const over = new MemoryTracker({ heapBudgetMb: 32 }, undefined, fakeRuntime(40))
    expect(over.sample().excess).toEqual({
      operation: HEAP_BUDGET_OPERATION,
      actual: 40,
      budget: 32,
    })
    const within = new MemoryTracker({ heapBudgetMb: 64 }, undefined, fakeRuntime(40))
    expect(within.sample().excess).toBeNull()
  })

  it('reads the real heap when no runtime is injected', () => {
    const tracker = new MemoryTracker({ heapBudgetMb: 0.001 })
    const { sample, excess } = tracker.sample()
    expect(sample.source).toBe('process.memoryUsage')
    expect(sample.heapUsed).toBeGreaterThan(0.001)
    expect(excess?.actual).toBe(sample.heapUsed)
  })

  it('metrics() takes a reading when there is none, then reuses the last one', () => {
    const runtime = fakeRuntime(10)
    const tracker = new MemoryTracker({}, undefined, runtime)
    expect(tracker.hasSample()).toBe(false)
    expect(tracker.metrics()).toEqual({
      heapUsed: 10,
      heapTotal: 20,
      external: 3,
      arrayBuffers: 1,
      source: 'process.memoryUsage',
      leakedRows: 0,
      leakedColumns: 0,
    })
    expect(tracker.hasSample()).toBe(true)
    expect(runtime.calls).toBe(1)
    tracker.metrics()
    expect(runtime.calls).toBe(1)
    tracker.sample()
    expect(runtime.calls).toBe(2)
  })

  it('says unavailable, with zeros, where the runtime offers nothing', () => {
    const tracker = new MemoryTracker({ heapBudgetMb: 1 }, undefined, {})
    const { sample, excess } = tracker.sample()
    expect(sample).toEqual({
      heapUsed: 0,
      heapTotal: 0,
      external: 0,
      arrayBuffers: 0,
      source: 'unavailable',
    })
    expect(excess).toBeNull()
  })
})

describe('MemoryTracker leak detection', () => {
  it('sums leaks per kind over generations and remembers the counts for metrics()', async () => {
    const tracker = new MemoryTracker(
      { leakDetection: 'full', gracePeriodMs: 0 },
      undefined,
      fakeRuntime(8),
    )
    const kept = [
      ...releaseRows(tracker, 50, 3),
      ...releaseRows(tracker, 80, 4),
      ...releaseColumns(tracker, 2),
    ]
    await collectTwice()
    const leaks = tracker.detectLeaks()
    expect(leaks.map((leak) => [leak.kind, leak.generation, leak.count])).toEqual([
      ['row', 1, 3],
      ['row', 2, 4],
      ['column', 1, 2],
    ])
    expect(leaks.every((leak) => leak.tableId === 't1' && !leak.estimated)).toBe(true)
    expect(tracker.metrics()).toMatchObject({ leakedRows: 7, leakedColumns: 2 })
    expect(kept).toHaveLength(9)
  })

  it('resets the remembered counts when a later detection finds nothing', async () => {
    const tracker = new MemoryTracker({ leakDetection: 'full', gracePeriodMs: 0 }, undefined, {})
    let kept: object[] = releaseRows(tracker, 20, 5)
    await collectTwice()
    expect(tracker.detectLeaks()).toHaveLength(1)
    expect(tracker.metrics()).toMatchObject({ leakedRows: 5, leakedColumns: 0 })
    kept = []
    await collectTwice()
    expect(tracker.detectLeaks()).toEqual([])
    expect(tracker.metrics()).toMatchObject({ leakedRows: 0, leakedColumns: 0 })
    expect(kept).toEqual([])
  })

  it('waits out the grace period on the injected clock', async () => {
    let time = 0
    const tracker = new MemoryTracker(
      { leakDetection: 'full', gracePeriodMs: 1000 },
      () => time,
      {},
    )
    const kept = releaseRows(tracker, 10, 10)
    await collectTwice()
    time = 999
    expect(tracker.detectLeaks()).toEqual([])
    time = 1000
    expect(tracker.detectLeaks()).toMatchObject([{ kind: 'row', count: 10, ageMs: 1000 }])
    expect(kept).toHaveLength(10)
  })

  it('samples by default, with the given sample size, and flags the count as an estimate', async () => {
    const tracker = new MemoryTracker({ gracePeriodMs: 0, sampleSize: 10 }, undefined, {})
    const kept = releaseRows(tracker, 1000, 500)
    await collectTwice()
    const [leak] = tracker.detectLeaks()
    expect(leak).toMatchObject({ kind: 'row', count: 500, estimated: true })
    expect(kept).toHaveLength(500)
  })

  it('tracks nothing in off mode', async () => {
    const tracker = new MemoryTracker({ leakDetection: 'off', gracePeriodMs: 0 }, undefined, {})
    const kept = [...releaseRows(tracker, 10, 10), ...releaseColumns(tracker, 4)]
    await collectTwice()
    expect(tracker.detectLeaks()).toEqual([])
    expect(kept).toHaveLength(14)
  })

  it('dispose() forgets what was released and ignores later releases', async () => {
    const tracker = new MemoryTracker({ leakDetection: 'full', gracePeriodMs: 0 }, undefined, {})
    const before = releaseRows(tracker, 10, 10)
    tracker.dispose()
    const after = [...releaseRows(tracker, 10, 10), ...releaseColumns(tracker, 4)]
    await collectTwice()
    expect(tracker.detectLeaks()).toEqual([])
    expect(tracker.metrics()).toMatchObject({ leakedRows: 0, leakedColumns: 0 })
    expect(before.length + after.length).toBe(24)
  })
})

describe('heapViolation', () => {
  it('is a background warning carrying the excess and the timestamp', () => {
    expect(
      heapViolation({ operation: HEAP_BUDGET_OPERATION, actual: 40, budget: 32 }, 1_700_000_000),
    ).toEqual({
      operation: 'memory.heapUsed',
      actual: 40,
      budget: 32,
      severity: 'warning',
      timestamp: 1_700_000_000,
      impact: 'background',
    })
  })
})

describe('MemoryTracker registration off the hot path', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('registers released rows and columns in the next macrotask, one timer for all', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const tracker = new MemoryTracker({ leakDetection: 'full', gracePeriodMs: 0 })
    releaseRows(tracker, 10, 0)
    releaseColumns(tracker, 0)
    expect(vi.getTimerCount()).toBe(1)
    vi.runAllTimers()
    expect(vi.getTimerCount()).toBe(0)
    tracker.dispose()
  })

  it('a destroy release registers at once with what is pending, leaving no timer', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const tracker = new MemoryTracker({ leakDetection: 'full', gracePeriodMs: 0 })
    releaseRows(tracker, 10, 0)
    expect(vi.getTimerCount()).toBe(1)
    tracker.releaseRows(makeRows(3), { reason: 'destroy', tableId: 't1' })
    expect(vi.getTimerCount()).toBe(0)
  })

  it('dispose drops what is pending and its timer; off mode schedules nothing', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const tracker = new MemoryTracker({ leakDetection: 'full', gracePeriodMs: 0 })
    releaseRows(tracker, 10, 0)
    tracker.dispose()
    expect(vi.getTimerCount()).toBe(0)
    const off = new MemoryTracker({ leakDetection: 'off' })
    releaseRows(off, 10, 0)
    releaseColumns(off, 0)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('detectLeaks registers what is pending first, so no release is missed', async () => {
    const tracker = new MemoryTracker({ leakDetection: 'full', gracePeriodMs: 0 })
    const kept = releaseRows(tracker, 20, 4)
    tracker.detectLeaks() // registers now; nothing reported before a collection
    await collectTwice()
    expect(tracker.detectLeaks().map((leak) => leak.count)).toEqual([4])
    expect(kept).toHaveLength(4)
  })
})
