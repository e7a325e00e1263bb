import { beforeAll, describe, expect, it } from 'vitest'
import { createTable } from '../create-monitored-table'
import type { TableInstance } from '../../../table/instance/TableInstance'
import { collectGarbage, nextTask } from '../../memory/__tests__/collectGarbage'
import type { LeakDetectionMode } from '../../memory/types'
import type { EnhancedPerformanceMonitor } from '../../monitor/EnhancedPerformanceMonitor'
import { columns, generateData, type Item } from './fixture'

// Issue 10 §6: the rows a table hands to the app (the page it read) are tracked one by one,
// the rest sampled. Helpers return only what the "app" keeps, so no local of a test body
// holds released rows across a collection.

type MonitoredTable = TableInstance<Item, EnhancedPerformanceMonitor>

const ROWS = 100_000

function leakTable(mode: LeakDetectionMode = 'sampled', rowCount = ROWS): MonitoredTable {
  return createTable({
    id: 'orders',
    data: generateData(rowCount),
    columns,
    getRowId: (item: Item) => String(item.id),
    features: { performance: { memory: { leakDetection: mode, gracePeriodMs: 0 } } },
  })
}

/** Reads page `pageIndex` as a renderer does, keeps what `pick` takes, then replaces the data. */
function keepFromPage(
  table: MonitoredTable,
  pageIndex: number,
  pick: (page: readonly object[]) => object[] = (page) => [...page],
): object[] {
  table.setPageIndex(pageIndex)
  const kept = pick(table.getRowModel().rows)
  table.setData(generateData(10))
  return kept
}

async function collectTwice(): Promise<void> {
  await collectGarbage()
  await collectGarbage()
}

beforeAll(() => {
  expect(globalThis.gc, 'vitest must run with execArgv --expose-gc').toBeTypeOf('function')
})

describe('an app that keeps the rendered page of 100k rows after setData (sampled mode)', () => {
  it('the first page (rows 0..9) is reported exactly: 10, not estimated', async () => {
    const table = leakTable()
    const kept = keepFromPage(table, 0)
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toMatchObject([
      { kind: 'row', count: 10, exactCount: 10, estimated: false, reason: 'data' },
    ])
    expect(table.metrics.getMemoryMetrics().leakedRows).toBe(10)
    expect(kept).toHaveLength(10)
    table.destroy()
  })

  it('rows 190..199 of a read page are reported as 10 (the sample alone said 391)', async () => {
    const table = leakTable()
    const kept = keepFromPage(table, 19)
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toMatchObject([
      { count: 10, exactCount: 10, estimated: false },
    ])
    expect(kept).toHaveLength(10)
    table.destroy()
  })

  it('a page read with getPaginationRowModel, then left for another page, still counts exactly', async () => {
    const table = leakTable()
    const kept = (() => {
      table.setPageIndex(19)
      const page = table.getPaginationRowModel().rows.slice(3, 7)
      keepFromPage(table, 42, () => [])
      return page
    })()
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toMatchObject([
      { count: 4, exactCount: 4, estimated: false },
    ])
    expect(kept).toHaveLength(4)
    table.destroy()
  })

  it('keeping every row reports 100k: the page exactly, the rest estimated', async () => {
    const table = leakTable()
    const kept = (() => {
      table.getRowModel()
      return keepFromPage(table, 0, () => [...table.getCoreRowModel().rows])
    })()
    await collectTwice()
    const [leak] = table.metrics.detectMemoryLeaks()
    expect(leak).toMatchObject({ exactCount: 10, estimated: true })
    expect(Math.abs((leak?.count ?? 0) - ROWS)).toBeLessThanOrEqual(ROWS * 0.01)
    expect(kept).toHaveLength(ROWS)
    table.destroy()
  })

  it('keeping a page plus a slice of the rest counts the page exactly and estimates the slice', async () => {
    const table = leakTable()
    const kept = keepFromPage(table, 5, (page) => [
      ...page,
      ...table.getCoreRowModel().rows.slice(50_000, 60_000),
    ])
    await collectTwice()
    const [leak] = table.metrics.detectMemoryLeaks()
    expect(leak).toMatchObject({ exactCount: 10, estimated: true })
    expect(Math.abs((leak?.count ?? 0) - 10_010)).toBeLessThanOrEqual(1000)
    expect(kept).toHaveLength(10_010)
    table.destroy()
  })

  it('keeping nothing after reading many pages reports nothing, and nothing stays tracked', async () => {
    const table = leakTable()
    for (let round = 0; round < 5; round++) {
      for (let page = 0; page < 20; page++) {
        table.setPageIndex(page * 7)
        table.getRowModel()
      }
      keepFromPage(table, 0, () => [])
      table.setData(generateData(ROWS))
    }
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toEqual([])
    expect(table.metrics.getMemoryMetrics()).toMatchObject({ leakedRows: 0, leakedColumns: 0 })
    table.destroy()
  })

  it('rows of a destroyed table kept from its page are counted exactly', async () => {
    const table = leakTable()
    const kept = (() => {
      table.setPageIndex(7)
      const page = [...table.getRowModel().rows]
      table.destroy()
      return page
    })()
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toMatchObject([
      { count: 10, exactCount: 10, estimated: false, reason: 'destroy' },
    ])
    expect(kept).toHaveLength(10)
  })
})

describe('what counts as handed to the app', () => {
  it('a read model of more than HANDED_ROW_LIMIT rows is sampled, not tracked row by row', async () => {
    const table = leakTable()
    // The app reads the whole core model and keeps its first 10 rows: outside the sample.
    const kept = (() => {
      const rows = table.getCoreRowModel().rows.slice(0, 10)
      table.setData(generateData(10))
      return rows
    })()
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toEqual([])
    expect(kept).toHaveLength(10)
    table.destroy()
  })

  it('the page the eager build reads for the monitor is not handed to the app', async () => {
    const table = leakTable()
    table.setData(generateData(ROWS))
    await nextTask() // the eager build (idle work) builds page 0 of the new data
    const kept = (() => {
      const rows = table.getCoreRowModel().rows.slice(0, 10)
      table.setData(generateData(10))
      return rows
    })()
    await collectTwice()
    // Rows 0..9 reached the app only through the 100k core model: sampled, so unseen.
    expect(table.metrics.detectMemoryLeaks()).toEqual([])
    expect(kept).toHaveLength(10)
    table.destroy()
  })

  it('nothing is recorded while the monitor is disabled', async () => {
    const table = leakTable()
    table.metrics.setEnabled(false)
    const kept = keepFromPage(table, 0)
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toEqual([])
    expect(kept).toHaveLength(10)
    table.destroy()
  })

  it.each<LeakDetectionMode>(['off', 'full'])(
    'leakDetection %s gives the getters nothing to call',
    (mode) => {
      const table = leakTable(mode, 100)
      const store = (table as unknown as { store: { observer?: { onRowsHanded?: unknown } } }).store
      expect(store.observer).toBeDefined()
      expect(store.observer?.onRowsHanded).toBeUndefined()
      table.destroy()
    },
  )

  it('full mode still counts a kept page exactly', async () => {
    const table = leakTable('full', 20_000)
    const kept = keepFromPage(table, 19)
    await collectTwice()
    expect(table.metrics.detectMemoryLeaks()).toMatchObject([
      { count: 10, exactCount: 10, estimated: false },
    ])
    expect(kept).toHaveLength(10)
    table.destroy()
  })
})
