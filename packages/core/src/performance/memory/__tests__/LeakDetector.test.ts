import { beforeAll, describe, expect, it } from 'vitest'
import { LeakDetector, MAX_TRACKED_GENERATIONS } from '../LeakDetector'
import { COLUMN_LEAK_HINTS, ROW_LEAK_HINTS } from '../leakHints'
import type { LeakDetectorOptions, RowReleaseReason } from '../types'
import { collectGarbage, makeRows, nextTask } from './collectGarbage'
import { seededRandom } from '../../../__tests__/seeded-random'

// These tests stand in for the table: a helper builds a generation, releases it to the
// detector and returns only what the "app" keeps, so nothing else in the test holds it.

function detector(options: Partial<LeakDetectorOptions> = {}): LeakDetector {
  return new LeakDetector({ mode: 'full', gracePeriodMs: 0, ...options })
}

function releaseRows(
  leakDetector: LeakDetector,
  count: number,
  keep: (rows: object[]) => object[] = () => [],
  reason: RowReleaseReason = 'data',
): object[] {
  const rows = makeRows(count)
  leakDetector.registerRows(rows, { reason, tableId: 'orders' })
  return keep(rows)
}

function releaseColumns(leakDetector: LeakDetector): object {
  const columns = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
  leakDetector.registerColumns(columns, { reason: 'columns' })
  return columns[1]!
}

beforeAll(() => {
  expect(globalThis.gc, 'vitest must run with execArgv --expose-gc').toBeTypeOf('function')
})

describe('LeakDetector: app keeps every row of replaced data (100k rows)', () => {
  it('full mode reports the exact count', async () => {
    const leakDetector = detector({ mode: 'full' })
    const kept = releaseRows(leakDetector, 100_000, (rows) => [...rows])
    await collectGarbage()
    const leaks = leakDetector.detect()
    expect(leaks).toHaveLength(1)
    expect(leaks[0]).toMatchObject({ kind: 'row', count: 100_000, estimated: false })
    expect(kept).toHaveLength(100_000)
  })

  it('sampled mode estimates within 10% and says it is an estimate', async () => {
    const leakDetector = detector({ mode: 'sampled' })
    const kept = releaseRows(leakDetector, 100_000, (rows) => [...rows])
    await collectGarbage()
    const [leak] = leakDetector.detect()
    expect(leak?.estimated).toBe(true)
    expect(Math.abs(leak!.count - 100_000)).toBeLessThanOrEqual(10_000)
    expect(kept).toHaveLength(100_000)
  })

  it('sampled mode estimates a kept slice within 10%', async () => {
    const leakDetector = detector({ mode: 'sampled' })
    const kept = releaseRows(leakDetector, 100_000, (rows) => rows.slice(20_000, 50_000))
    await collectGarbage()
    const [leak] = leakDetector.detect()
    expect(leak?.estimated).toBe(true)
    expect(Math.abs(leak!.count - kept.length)).toBeLessThanOrEqual(kept.length * 0.1)
    expect(leakDetector.getLeakCounts()).toEqual({ rows: leak!.count, columns: 0 })
  })

  it('sampled mode estimates a seeded random subset within 10% with a larger sample', async () => {
    const random = seededRandom(20_260_223)
    const leakDetector = detector({ mode: 'sampled', sampleSize: 4096 })
    const kept = releaseRows(leakDetector, 100_000, (rows) => rows.filter(() => random() < 0.3))
    await collectGarbage()
    const [leak] = leakDetector.detect()
    expect(Math.abs(leak!.count - kept.length)).toBeLessThanOrEqual(kept.length * 0.1)
  })

  it('an app that keeps the row array itself gets an exact count even in sampled mode', async () => {
    const leakDetector = detector({ mode: 'sampled' })
    const kept = releaseRows(leakDetector, 10_000, (rows) => [rows])
    await collectGarbage()
    expect(leakDetector.detect()[0]).toMatchObject({ count: 10_000, estimated: false })
    expect(kept).toHaveLength(1)
  })
})

describe('LeakDetector: reports', () => {
  it('full mode reports exactly the 5 rows the app kept, with the facts of the release', async () => {
    let t = 1_000
    const leakDetector = detector({ mode: 'full', now: () => t })
    const kept = releaseRows(leakDetector, 10_000, (rows) =>
      [3, 500, 501, 7_777, 9_999].map((i) => rows[i]!),
    )
    await collectGarbage()
    t = 1_250
    expect(leakDetector.detect()).toEqual([
      {
        kind: 'row',
        count: 5,
        estimated: false,
        exactCount: 5,
        generation: 1,
        reason: 'data',
        tableId: 'orders',
        ageMs: 250,
        hint: ROW_LEAK_HINTS.data,
      },
    ])
    expect(leakDetector.getLeakCounts()).toEqual({ rows: 5, columns: 0 })
    expect(kept).toHaveLength(5)
  })

  it('rows of a destroyed table held by the app are reported with the destroy hint', async () => {
    const leakDetector = detector({ mode: 'sampled' })
    const kept = releaseRows(leakDetector, 50, (rows) => rows, 'destroy')
    await collectGarbage()
    expect(leakDetector.detect()).toEqual([
      expect.objectContaining({
        kind: 'row',
        count: 50,
        estimated: false,
        reason: 'destroy',
        hint: ROW_LEAK_HINTS.destroy,
      }),
    ])
    expect(kept).toHaveLength(50)
  })

  it('old columns kept after a column change are column leaks', async () => {
    const leakDetector = detector({ mode: 'sampled' })
    const keptColumn = releaseColumns(leakDetector)
    leakDetector.registerColumns([{ id: 'x' }], { reason: 'destroy', tableId: 't' })
    await collectGarbage()
    expect(leakDetector.detect()).toEqual([
      {
        kind: 'column',
        count: 1,
        estimated: false,
        exactCount: 1,
        generation: 1,
        reason: 'columns',
        ageMs: expect.any(Number) as number,
        hint: COLUMN_LEAK_HINTS.columns,
      },
    ])
    expect(leakDetector.getLeakCounts()).toEqual({ rows: 0, columns: 1 })
    expect(keptColumn).toEqual({ id: 'b' })
  })

  it('numbers row and column generations separately, counting empty releases', async () => {
    const leakDetector = detector()
    leakDetector.registerRows([], { reason: 'data' })
    const keptRows = releaseRows(leakDetector, 3, (rows) => rows)
    const keptColumns = [{ id: 'a' }]
    leakDetector.registerColumns(keptColumns, { reason: 'destroy' })
    await collectGarbage()
    const leaks = leakDetector.detect()
    expect(leaks.map((leak) => [leak.kind, leak.generation])).toEqual([
      ['row', 2],
      ['column', 1],
    ])
    expect(leaks[1]?.hint).toBe(COLUMN_LEAK_HINTS.destroy)
    expect(keptRows.length + keptColumns.length).toBe(4)
  })
})

describe('LeakDetector: no false reports', () => {
  it.each(['sampled', 'full'] as const)(
    '%s: an app that keeps nothing gets no report over 50 replacements, and nothing stays tracked',
    async (mode) => {
      const leakDetector = detector({ mode })
      for (let replacement = 0; replacement < 50; replacement++) {
        releaseRows(leakDetector, 2_000)
        if (replacement % 10 === 0)
          leakDetector.registerColumns([{ id: 'c' }], { reason: 'columns' })
        await collectGarbage()
        expect(leakDetector.detect()).toEqual([])
      }
      expect(leakDetector.trackedGenerationCount()).toBe(0)
      expect(leakDetector.getLeakCounts()).toEqual({ rows: 0, columns: 0 })
    },
  )

  it('reports nothing before a collection has run, even past the grace period', () => {
    const leakDetector = detector({ mode: 'full' })
    const kept = releaseRows(leakDetector, 100, (rows) => rows)
    // Same task as the release: the GC witness is still alive, so no collection is proven.
    expect(leakDetector.detect()).toEqual([])
    expect(leakDetector.trackedGenerationCount()).toBe(1)
    expect(kept).toHaveLength(100)
  })

  it('a minor collection (scavenge) alone does not count as a collection', async () => {
    const leakDetector = detector({ mode: 'full' })
    let rows: object[] | undefined = makeRows(1_000)
    // Two full collections move the rows to the old generation, where garbage outlives
    // scavenges: the case where a young GC witness would prove nothing about them.
    await collectGarbage()
    await collectGarbage()
    leakDetector.registerRows(rows, { reason: 'data' })
    rows = undefined
    await nextTask()
    globalThis.gc!({ type: 'minor' })
    await nextTask()
    expect(leakDetector.detect()).toEqual([])
    // Still tracked after detect() pruned: the old rows outlived the scavenge.
    expect(leakDetector.trackedGenerationCount()).toBe(1)
    await collectGarbage()
    expect(leakDetector.detect()).toEqual([])
    expect(leakDetector.trackedGenerationCount()).toBe(0)
    expect(rows).toBeUndefined()
  })

  it('respects the grace period on the injected clock (default 5000 ms)', async () => {
    let t = 0
    const leakDetector = new LeakDetector({ mode: 'full', now: () => t })
    const kept = releaseRows(leakDetector, 10, (rows) => rows)
    await collectGarbage()
    t = 4_999
    expect(leakDetector.detect()).toEqual([])
    t = 5_000
    expect(leakDetector.detect()).toEqual([expect.objectContaining({ count: 10, ageMs: 5_000 })])

    const custom = detector({ gracePeriodMs: 100, now: () => t })
    const keptToo = releaseRows(custom, 10, (rows) => rows)
    await collectGarbage()
    t = 5_099
    expect(custom.detect()).toEqual([])
    t = 5_100
    expect(custom.detect()).toHaveLength(1)
    expect(kept.length + keptToo.length).toBe(20)
  })

  it('off mode tracks nothing', async () => {
    const leakDetector = detector({ mode: 'off' })
    expect(leakDetector.mode).toBe('off')
    const kept = releaseRows(leakDetector, 100, (rows) => rows)
    leakDetector.registerColumns(kept, { reason: 'columns' })
    await collectGarbage()
    expect(leakDetector.trackedGenerationCount()).toBe(0)
    expect(leakDetector.detect()).toEqual([])
  })

  it('dispose forgets every generation and ignores later releases', async () => {
    const leakDetector = detector({ mode: 'full' })
    const kept = releaseRows(leakDetector, 100, (rows) => rows)
    leakDetector.dispose()
    const keptAfter = releaseRows(leakDetector, 100, (rows) => rows)
    leakDetector.registerColumns([{ id: 'a' }], { reason: 'columns' })
    await collectGarbage()
    expect(leakDetector.trackedGenerationCount()).toBe(0)
    expect(leakDetector.detect()).toEqual([])
    expect(kept.length + keptAfter.length).toBe(200)
  })

  it('entries that are not objects cannot leak and are skipped', async () => {
    const leakDetector = detector({ mode: 'sampled', sampleSize: 2 })
    const values = [1, 'a', null] as unknown as object[]
    leakDetector.registerRows(values, { reason: 'data' })
    await collectGarbage()
    expect(leakDetector.detect()).toEqual([expect.objectContaining({ count: 3, estimated: false })])
    expect(values).toHaveLength(3)
  })
})

describe('LeakDetector keeps nothing alive', () => {
  function releaseTable(leakDetector: LeakDetector): WeakRef<object>[] {
    const table = { rows: makeRows(5_000), columns: [{ id: 'a' }, { id: 'b' }] }
    leakDetector.registerRows(table.rows, { reason: 'destroy', tableId: 'gone' })
    leakDetector.registerColumns(table.columns, { reason: 'destroy', tableId: 'gone' })
    return [table, table.rows, table.rows[4_321]!, table.columns, table.columns[0]!].map(
      (target) => new WeakRef(target),
    )
  }

  it.each(['sampled', 'full'] as const)(
    '%s: a destroyed table, its rows and its columns are collected once the app drops them',
    async (mode) => {
      const leakDetector = detector({ mode })
      const refs = releaseTable(leakDetector)
      await collectGarbage()
      expect(refs.map((ref) => ref.deref())).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ])
      expect(leakDetector.detect()).toEqual([])
      expect(leakDetector.trackedGenerationCount()).toBe(0)
    },
  )
})

describe('LeakDetector stays bounded when every generation leaks', () => {
  it('tracks at most MAX_TRACKED_GENERATIONS releases, forgetting the oldest', () => {
    const detector = new LeakDetector({ mode: 'sampled', gracePeriodMs: 0 })
    const held: object[][] = []
    for (let i = 0; i < MAX_TRACKED_GENERATIONS + 10; i++) {
      const rows = makeRows(50)
      held.push(rows) // the app keeps every generation
      detector.registerRows(rows, { reason: 'data' })
    }
    expect(detector.trackedGenerationCount()).toBe(MAX_TRACKED_GENERATIONS)
    expect(held).toHaveLength(MAX_TRACKED_GENERATIONS + 10)
  })
})
