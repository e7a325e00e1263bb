import { beforeAll, describe, expect, it } from 'vitest'
import { createTable } from '../create-monitored-table'
import type { TableInstance } from '../../../table/instance/TableInstance'
import type { ColumnDef } from '../../../table/types/column-def'
import { COLUMN_LEAK_HINTS, ROW_LEAK_HINTS } from '../../memory/leakHints'
import { collectGarbage } from '../../memory/__tests__/collectGarbage'
import type { LeakDetectionMode } from '../../memory/types'
import { EnhancedPerformanceMonitor } from '../../monitor/EnhancedPerformanceMonitor'
import type { BudgetViolation } from '../../types/metrics'
import { columns, generateData, type Item } from './fixture'

// Issue 6 through real tables. Every helper below builds, releases and returns only what the
// "app" keeps, so no local of a test body holds released rows across a collection; WeakRefs
// keep their targets for the rest of the job that made or read them, which is why
// collectGarbage() yields a macrotask before and after gc().

type MonitoredTable = TableInstance<Item, EnhancedPerformanceMonitor>

const TABLE_ID = 'orders'

function leakTable(
  mode: LeakDetectionMode,
  rowCount: number,
  memory: { heapBudgetMb?: number } = {},
): MonitoredTable {
  return createTable({
    id: TABLE_ID,
    data: generateData(rowCount),
    columns,
    getRowId: (item: Item) => String(item.id),
    features: { performance: { memory: { leakDetection: mode, gracePeriodMs: 0, ...memory } } },
  })
}

function sharedLeakMonitor(mode: LeakDetectionMode = 'full'): EnhancedPerformanceMonitor {
  return new EnhancedPerformanceMonitor({ memory: { leakDetection: mode, gracePeriodMs: 0 } })
}

function tableOn(monitor: EnhancedPerformanceMonitor, rowCount: number, id = TABLE_ID) {
  return createTable<Item>({
    id,
    data: generateData(rowCount),
    columns,
    getRowId: (item) => String(item.id),
    features: { performance: { monitor } },
  })
}

/** The part of a table the helpers below use, whatever its metrics type. */
interface DataTable {
  getCoreRowModel(): { rows: readonly object[] }
  setData(data: readonly Item[]): void
}

/** Builds the core model, lets the app pick rows from it, then replaces the data. */
function replaceDataKeeping(
  table: DataTable,
  pick: (rows: readonly object[]) => object[],
  nextRowCount = 100,
): object[] {
  const kept = pick(table.getCoreRowModel().rows)
  table.setData(generateData(nextRowCount))
  return kept
}

beforeAll(() => {
  expect(globalThis.gc, 'vitest must run with execArgv --expose-gc').toBeTypeOf('function')
})

/**
 * Two full collections. One gc() does not always free everything unreachable (V8's optimized
 * code can hold an object for a cycle); a second keeps the "nothing left" checks steady.
 */
async function collectTwice(): Promise<void> {
  await collectGarbage()
  await collectGarbage()
}

/**
 * For the "nothing left behind" checks after many replacements: collects twice, then up to
 * three more times while something still looks reachable. The full test run once kept one
 * of ten released builds past two collections (not reproduced in 20 runs of this file); a
 * real leak stays reachable through every collection and still fails.
 */
async function collectUntilClear(table: { metrics: { detectMemoryLeaks(): unknown[] } }) {
  await collectTwice()
  for (let extra = 0; extra < 3 && table.metrics.detectMemoryLeaks().length > 0; extra++) {
    await collectGarbage()
  }
}

describe('app code keeps every row of the old data after setData (100k rows)', () => {
  it('sampled mode reports it, estimated within 10%, and counts it in getMemoryMetrics()', async () => {
    const table = leakTable('sampled', 100_000)
    const kept = replaceDataKeeping(table, (rows) => [...rows])
    await collectTwice()
    const leaks = table.metrics.detectMemoryLeaks()
    expect(leaks).toHaveLength(1)
    const [leak] = leaks
    expect(leak).toMatchObject({
      kind: 'row',
      estimated: true,
      generation: 1,
      reason: 'data',
      tableId: TABLE_ID,
      hint: ROW_LEAK_HINTS.data,
    })
    expect(Math.abs((leak?.count ?? 0) - 100_000)).toBeLessThanOrEqual(10_000)
    expect(leak?.ageMs).toBeGreaterThan(0) // real time passed between setData and detection
    const metrics = table.metrics.getMemoryMetrics()
    expect(metrics.leakedRows).toBe(leak?.count)
    expect(metrics.leakedColumns).toBe(0)
    expect(kept).toHaveLength(100_000)
    table.destroy()
  })

  it('sampled mode estimates a kept slice within 10% of the truth', async () => {
    const table = leakTable('sampled', 100_000)
    const kept = replaceDataKeeping(table, (rows) => rows.slice(10_000, 47_000))
    await collectTwice()
    const [leak] = table.metrics.detectMemoryLeaks()
    expect(leak?.estimated).toBe(true)
    expect(Math.abs((leak?.count ?? 0) - kept.length)).toBeLessThanOrEqual(kept.length * 0.1)
    table.destroy()
  })

  it('full mode reports the exact count', async () => {
    const table = leakTable('full', 100_000)
    const kept = replaceDataKeeping(table, (rows) => [...rows])
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toMatchObject([
      { kind: 'row', count: 100_000, estimated: false, reason: 'data', tableId: TABLE_ID },
    ])
    expect(table.metrics.getMemoryMetrics().leakedRows).toBe(100_000)
    expect(kept).toHaveLength(100_000)
    table.destroy()
  })

  it('a kept core row model counts every row, in either mode', async () => {
    const table = leakTable('sampled', 5000)
    let model: unknown = table.getCoreRowModel()
    table.setData(generateData(10))
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toMatchObject([{ count: 5000, estimated: false }])
    model = undefined
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toEqual([])
    expect(model).toBeUndefined()
    table.destroy()
  })
})

describe('app code keeps 5 specific old rows', () => {
  /** Keeps 3 rows of the rendered (sorted) page and 2 of the core model, then replaces the data. */
  function keepFive(table: MonitoredTable): object[] {
    table.setSorting([{ id: 'value', desc: true }])
    const kept: object[] = table.getRowModel().rows.slice(0, 3)
    kept.push(...replaceDataKeeping(table, (rows) => [rows[1500], rows[1999]] as object[]))
    return kept
  }

  it('full mode reports exactly 5, from the rendered page and the core model', async () => {
    const table = leakTable('full', 2000)
    const kept = keepFive(table)
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toMatchObject([
      { kind: 'row', count: 5, estimated: false, generation: 1 },
    ])
    expect(new Set(kept).size).toBe(5)
    table.destroy()
  })

  it('the generation number says which replacement the rows came from', async () => {
    const table = leakTable('full', 300)
    const kept = [
      ...replaceDataKeeping(table, () => [], 300),
      ...replaceDataKeeping(table, (rows) => rows.slice(0, 5), 300),
      ...replaceDataKeeping(table, () => [], 300),
    ]
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toMatchObject([{ count: 5, generation: 2 }])
    expect(kept).toHaveLength(5)
    table.destroy()
  })
})

describe('app code keeps nothing', () => {
  it.each<LeakDetectionMode>(['sampled', 'full'])(
    '%s mode reports nothing after GC over 50 data replacements',
    async (mode) => {
      const table = leakTable(mode, 2000)
      for (let round = 1; round <= 50; round++) {
        replaceDataKeeping(table, () => [], 2000)
        if (round % 10 === 0) {
          await collectTwice()
          expect(table.metrics.detectMemoryLeaks()).toEqual([])
        }
      }
      expect(table.metrics.getMemoryMetrics()).toMatchObject({ leakedRows: 0, leakedColumns: 0 })
      table.destroy()
    },
  )

  it('sorting, filtering and paging between replacements leave nothing behind either', async () => {
    const table = leakTable('full', 3000)
    for (let round = 0; round < 10; round++) {
      table.setSorting([{ id: 'name', desc: round % 2 === 1 }])
      table.setColumnFilter('group', round % 3 === 0 ? 'a' : undefined)
      table.setPageIndex(round % 4)
      table.getRowModel()
      table.getSelectedRowModel()
      table.getRow('7')
      replaceDataKeeping(table, () => [], 3000)
    }
    await collectUntilClear(table)
    expect(table.metrics.detectMemoryLeaks()).toEqual([])
    table.destroy()
  })

  it('leak detection off reports nothing even when rows are kept', async () => {
    const table = leakTable('off', 1000)
    const kept = replaceDataKeeping(table, (rows) => [...rows])
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toEqual([])
    expect(kept).toHaveLength(1000)
    table.destroy()
  })

  it('leak detection defaults to sampled when memory options leave it out', async () => {
    const table = createTable({
      // More rows than HANDED_ROW_LIMIT: reading the core model hands out too many to track each.
      data: generateData(5000),
      columns,
      features: { performance: { memory: { gracePeriodMs: 0 } } },
    })
    const kept = replaceDataKeeping(table, (rows) => rows.slice(0, 2500))
    await collectTwice()
    const [leak] = table.metrics.detectMemoryLeaks()
    expect(leak?.estimated).toBe(true)
    expect(Math.abs((leak?.count ?? 0) - 2500)).toBeLessThanOrEqual(250)
    expect(kept).toHaveLength(2500)
    table.destroy()
  })
})

describe('old columns kept after setColumns', () => {
  const renamed: ColumnDef<Item>[] = [{ accessorKey: 'id' }, { accessorKey: 'value' }]

  function replaceColumnsKeeping(table: MonitoredTable, ids: readonly string[]): object[] {
    const kept = ids.map((id) => table.getColumn(id)).filter((column) => column !== undefined)
    table.setColumns(renamed)
    return kept
  }

  it('are reported as column leaks, counted in getMemoryMetrics()', async () => {
    const table = leakTable('sampled', 100)
    const kept = replaceColumnsKeeping(table, ['name', 'group'])
    await collectTwice()
    const leaks = table.metrics.detectMemoryLeaks()
    expect(leaks).toEqual([
      {
        kind: 'column',
        count: 2,
        estimated: false,
        exactCount: 2,
        generation: 1,
        reason: 'columns',
        tableId: TABLE_ID,
        ageMs: expect.any(Number) as unknown,
        hint: COLUMN_LEAK_HINTS.columns,
      },
    ])
    expect(table.metrics.getMemoryMetrics()).toMatchObject({ leakedRows: 0, leakedColumns: 2 })
    expect(kept).toHaveLength(2)
    table.destroy()
  })

  it('keeping the whole column list counts every old column; keeping none reports nothing', async () => {
    const table = leakTable('full', 100)
    let all: unknown = table.getAllColumns()
    table.setColumns(renamed)
    replaceColumnsKeeping(table, [])
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toMatchObject([
      { kind: 'column', count: columns.length, generation: 1 },
    ])
    all = undefined
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toEqual([])
    expect(all).toBeUndefined()
    table.destroy()
  })
})

describe('a destroyed table whose rows are held by app code', () => {
  function destroyKeeping(table: {
    getCoreRowModel(): { rows: readonly object[] }
    destroy(): void
  }): object[] {
    const kept = table.getCoreRowModel().rows.slice(0, 12)
    table.destroy()
    return kept
  }

  it('is reported with reason destroy on a monitor shared with the app', async () => {
    const monitor = sharedLeakMonitor('full')
    const kept = destroyKeeping(tableOn(monitor, 500, 'grid-a'))
    await collectTwice()
    expect(monitor.detectMemoryLeaks()).toEqual([
      {
        kind: 'row',
        count: 12,
        estimated: false,
        exactCount: 12,
        generation: 1,
        reason: 'destroy',
        tableId: 'grid-a',
        ageMs: expect.any(Number) as unknown,
        hint: ROW_LEAK_HINTS.destroy,
      },
    ])
    expect(kept).toHaveLength(12)
  })

  it('is reported on the table’s own monitor (table.metrics) after destroy()', async () => {
    const table = leakTable('full', 500)
    const kept = destroyKeeping(table)
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toMatchObject([
      { kind: 'row', count: 12, reason: 'destroy', tableId: TABLE_ID },
    ])
    expect(kept).toHaveLength(12)
  })

  it('tells tables sharing a monitor apart by tableId', async () => {
    const monitor = sharedLeakMonitor('full')
    const kept = [
      ...destroyKeeping(tableOn(monitor, 50, 'left')),
      ...replaceDataKeeping(tableOn(monitor, 50, 'right'), (rows) => rows.slice(0, 2)),
    ]
    await collectTwice()
    const leaks = monitor.detectMemoryLeaks()
    expect(leaks.map((leak) => [leak.tableId, leak.reason, leak.count])).toEqual([
      ['left', 'destroy', 12],
      ['right', 'data', 2],
    ])
    expect(kept).toHaveLength(14)
  })
})

describe('the detector keeps nothing alive', () => {
  interface Refs {
    table: WeakRef<object>
    rows: WeakRef<object>
    row: WeakRef<object>
    column: WeakRef<object>
  }

  function buildUseAndDestroy(table: MonitoredTable | ReturnType<typeof tableOn>): Refs {
    const core = table.getCoreRowModel()
    table.setSorting([{ id: 'name', desc: false }])
    table.getRowModel()
    const row = core.rows[3]
    const column = table.getColumn('name')
    if (row === undefined || column === undefined) throw new Error('fixture has no row 3')
    const refs = {
      table: new WeakRef(table),
      rows: new WeakRef(core.rows),
      row: new WeakRef(row),
      column: new WeakRef(column),
    }
    table.destroy()
    return refs
  }

  function alive(refs: Record<string, WeakRef<object>>): string[] {
    return Object.entries(refs)
      .filter(([, ref]) => ref.deref() !== undefined)
      .map(([name]) => name)
  }

  it('a table with its own monitor, its rows and columns are collectable after destroy()', async () => {
    const refs = buildUseAndDestroy(leakTable('full', 1000))
    await collectTwice()
    expect(alive({ ...refs })).toEqual([])
  })

  it('a shared monitor that outlives the table does not keep the table or its rows', async () => {
    const monitor = sharedLeakMonitor('full')
    const refs = buildUseAndDestroy(tableOn(monitor, 1000))
    await collectTwice()
    expect(alive({ ...refs })).toEqual([])
    expect(monitor.detectMemoryLeaks()).toEqual([])
  })

  it('replaced rows are collectable while the table lives on', async () => {
    const table = leakTable('full', 1000)
    const refs = (() => {
      const rows = table.getCoreRowModel().rows
      const row = rows[0]
      if (row === undefined) throw new Error('fixture has no rows')
      const weak = { rows: new WeakRef(rows), row: new WeakRef(row) }
      table.setData(generateData(10))
      return weak
    })()
    await collectTwice()
    expect(alive(refs)).toEqual([])
    table.destroy()
  })

  it('data items a filter read are collectable after setData (same, fewer rows) and destroy', async () => {
    for (const how of ['same', 'fewer', 'destroy'] as const) {
      const { item, table } = filterThenRelease(how)
      await collectTwice()
      expect(item.deref(), how).toBeUndefined()
      table?.destroy()
    }
  })

  // The app's data array is what a pinned table costs most. Whether it stays reachable after
  // setData or destroy depends on when V8's optimizing compiler ran, so one round proves
  // little: 100 rounds do, half replacing and half destroying, one collection each.
  it('the replaced or destroyed data array is collectable in every one of 100 rounds', async () => {
    const pinned: number[] = []
    const live: unknown[] = []
    for (let round = 0; round < 100; round++) {
      const { data, table } = releaseDataArray(round % 2 === 0 ? 'replace' : 'destroy')
      live.push(table)
      await collectGarbage()
      if (data.deref() !== undefined) pinned.push(round)
    }
    expect(pinned).toEqual([])
    expect(live.filter((table) => table !== undefined)).toHaveLength(50)
  }, 30_000)
})

/**
 * Filters a table (so the filter's array of data items is written), then replaces its data
 * with as many or fewer items, or destroys it; returns a weak reference to one old item.
 */
function filterThenRelease(how: 'same' | 'fewer' | 'destroy'): {
  item: WeakRef<object>
  table: TableInstance<Item> | undefined
} {
  const data = generateData(1000)
  // No monitor: its eager build after setData would write the array over before the check.
  const table = createTable({ data, columns })
  table.setGlobalFilter('item')
  table.getRowModel()
  const item = new WeakRef<object>(data[7] as object)
  if (how === 'destroy') {
    table.destroy()
    return { item, table: undefined }
  }
  // No rebuild after: the old items must go with setData, not when a filter next writes over them.
  table.setData(generateData(how === 'same' ? 1000 : 10))
  return { item, table }
}

/**
 * Makes a table from a data array only this function holds, builds its core model, then
 * replaces the data (returning the live table) or destroys the table (returning nothing).
 */
function releaseDataArray(how: 'replace' | 'destroy'): {
  data: WeakRef<object>
  table: MonitoredTable | undefined
} {
  const data = generateData(1000)
  const table = createTable({
    data,
    columns,
    features: { performance: { memory: { leakDetection: 'full', gracePeriodMs: 0 } } },
  })
  table.getCoreRowModel()
  const ref = new WeakRef<object>(data)
  if (how === 'destroy') {
    table.destroy()
    return { data: ref, table: undefined }
  }
  table.setData(generateData(10))
  return { data: ref, table }
}

describe('heap readings through the table', () => {
  it('getMemoryMetrics() names its source and reports the heap in MB', () => {
    const table = leakTable('sampled', 10)
    const metrics = table.metrics.getMemoryMetrics()
    expect(metrics.source).toBe('process.memoryUsage')
    expect(metrics.heapUsed).toBeGreaterThan(0)
    expect(metrics.heapUsed).toBeLessThan(64 * 1024) // MB, not bytes
    table.destroy()
  })

  it('a heap over memory.heapBudgetMb arrives as a performance:budgetViolation table event', async () => {
    const table = leakTable('sampled', 10, { heapBudgetMb: 0.001 })
    const payloads: BudgetViolation[] = []
    table.on('performance:budgetViolation', (event) => void payloads.push(event.payload))
    const metrics = table.metrics.trackMemoryUsage()
    await Promise.resolve() // violations reach the table bus in a microtask
    expect(payloads).toHaveLength(1)
    expect(payloads[0]).toMatchObject({
      operation: 'memory.heapUsed',
      impact: 'background',
      severity: 'warning',
      budget: 0.001,
      actual: metrics.heapUsed,
    })
    expect(table.metrics.generateReport().memory?.source).toBe('process.memoryUsage')
    table.destroy()
  })

  it('refuses a bad heap budget at createTable, naming memory.heapBudgetMb', () => {
    expect(() => leakTable('sampled', 10, { heapBudgetMb: 0 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_PERFORMANCE_OPTION',
        details: { option: 'features.performance.memory.heapBudgetMb' },
      }) as Error,
    )
  })
})
