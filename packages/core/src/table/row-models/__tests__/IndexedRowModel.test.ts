import { describe, expect, it } from 'vitest'
import { personTable } from '../../instance/__tests__/fixture'
import { CoreRows } from '../../rows/CoreRows'
import type { RowHost } from '../../rows/Row'
import { IndexedRowModel } from '../IndexedRowModel'

const host: RowHost<number> = {
  idOf: (original) => `r${original}`,
  valueOf: () => undefined,
  isSelected: () => false,
  toggleSelected: () => undefined,
}

describe('IndexedRowModel', () => {
  it('counts and lists ids without making rows; rows are made once, on first read', () => {
    const source = new CoreRows([10, 11, 12, 13], 4, host)
    const model = new IndexedRowModel(source, Int32Array.of(3, 1))
    expect(model.count).toBe(2)
    expect(model.ids()).toEqual(['r13', 'r11'])
    expect(model.peekRows()).toBeUndefined()
    expect(source.made()).toEqual([])
    const rows = model.rows
    expect(rows.map((row) => row.index)).toEqual([3, 1])
    expect(model.rows).toBe(rows)
    expect(model.peekRows()).toBe(rows)
    expect(source.made()).toHaveLength(2)
  })

  it('without indices it is every row in data order', () => {
    const source = new CoreRows([5, 6], 2, host)
    const model = new IndexedRowModel(source, undefined)
    expect(model.count).toBe(2)
    expect(model.indexAt(1)).toBe(1)
    expect(model.rows).toBe(source.all())
  })
})

describe('a table makes only the rows that are read (issue 13)', () => {
  /** The rows of the table's current core build made so far. */
  function made(table: ReturnType<typeof personTable>): number {
    const store = table as unknown as { models: { core: { get(): IndexedRowModel<unknown> } } }
    return store.models.core.get().source.made().length
  }

  it('a sorted, filtered page makes the page rows only; every model shares them', () => {
    const table = personTable(1000, {
      initialState: { pagination: { pageIndex: 0, pageSize: 10 } },
    })
    expect(table.getCoreRowModel()).toBeDefined()
    expect(made(table)).toBe(0)
    table.setColumnFilters([{ id: 'status', value: 'married' }])
    table.setSorting([{ id: 'age', desc: true }])
    const page = table.getRowModel().rows
    expect(page).toHaveLength(10)
    expect(made(table)).toBe(10)
    expect(table.getPageCount()).toBe(Math.ceil(666 / 10))
    table.toggleAllRowsSelected(true)
    expect(table.getIsAllRowsSelected()).toBe(true)
    expect(table.getRow('999')?.index).toBe(999)
    expect(made(table)).toBe(11)
    const sorted = table.getSortedRowModel().rows
    expect(sorted.slice(0, 10)).toEqual(page)
    for (let i = 0; i < 10; i++) expect(sorted[i]).toBe(page[i])
    expect(table.getCoreRowModel().rows[page[0]?.index ?? -1]).toBe(page[0])
    expect(table.getSelectedRowModel().rows).toHaveLength(666)
  })

  it('every model counts its rows without making them, and the count is the rows read later', () => {
    const table = personTable(1000, {
      initialState: { pagination: { pageIndex: 2, pageSize: 25 } },
    })
    table.setColumnFilters([{ id: 'status', value: 'single' }])
    table.setSorting([{ id: 'name', desc: false }])
    table.toggleAllRowsSelected(true)
    const models = [
      table.getCoreRowModel(),
      table.getFilteredRowModel(),
      table.getSortedRowModel(),
      table.getPaginationRowModel(),
      table.getRowModel(),
      table.getSelectedRowModel(),
    ]
    const counts = models.map((model) => model.count)
    expect(counts).toEqual([1000, 334, 334, 25, 25, 334])
    expect(made(table)).toBe(0)
    expect(models.map((model) => model.rows.length)).toEqual(counts)
  })
})

describe('what a model holds and writes', () => {
  it('JSON.stringify writes the rows, not the data behind them', () => {
    const table = personTable(50, { initialState: { pagination: { pageIndex: 0, pageSize: 2 } } })
    const json = JSON.stringify(table.getRowModel())
    expect(json).toContain('"p1"')
    expect(json).not.toContain('"p2"')
    expect(JSON.parse(JSON.stringify(table.getCoreRowModel())).rows).toHaveLength(50)
  })

  it('a page lets go of the core build once its rows are read; its ids still read', () => {
    const source = new CoreRows([10, 11, 12], 3, host)
    const page = new IndexedRowModel(source, Int32Array.of(2, 0), true)
    expect(page.ids()).toEqual(['r12', 'r10'])
    expect(page.rows.map((row) => row.index)).toEqual([2, 0])
    expect(page.source).toBeUndefined()
    expect(page.ids()).toEqual(['r12', 'r10'])
    expect(page.count).toBe(2)
  })
})
