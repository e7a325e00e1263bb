import { describe, expect, it } from 'vitest'
import { createTable } from '../../../factory/create-table'
import type { TableStore } from '../../../instance/TableStore'

interface Item {
  n: number
}

const items = (count: number): Item[] =>
  Array.from({ length: count }, (_, i) => ({ n: (i * 7919) % 1000 }))

/** The table's store: internal, read here only to see the scratch arrays' lifetime. */
function storeOf(table: object): TableStore<Item> {
  return (table as unknown as { store: TableStore<Item> }).store
}

describe('sort scratch arrays (issue 13)', () => {
  it('are reused between sorts, released when the data shrinks and on destroy', () => {
    const table = createTable<Item>({ data: items(5000), columns: [{ accessorKey: 'n' }] })
    const store = storeOf(table)
    expect(store.sortScratchBytes()).toBe(0)
    table.setSorting([{ id: 'n', desc: false }])
    table.getRowModel()
    const scratch = store.sortScratch()
    expect(store.sortScratchBytes()).toBeGreaterThan(5000 * 8)
    table.setSorting([{ id: 'n', desc: true }])
    table.getRowModel()
    expect(store.sortScratch()).toBe(scratch)
    table.setData(items(6000))
    table.getRowModel()
    expect(store.sortScratch()).toBe(scratch)
    table.setData(items(10))
    expect(store.sortScratchBytes()).toBe(0)
    table.getRowModel()
    const small = store.sortScratchBytes()
    expect(small).toBeGreaterThan(0)
    expect(small).toBeLessThan(5000 * 8)
    table.destroy()
    expect(store.sortScratchBytes()).toBe(0)
  })

  it('sorting allocates one fresh array of rows per sort', () => {
    const table = createTable<Item>({ data: items(3000), columns: [{ accessorKey: 'n' }] })
    table.setSorting([{ id: 'n', desc: false }])
    const first = table.getSortedRowModel().rows
    table.setSorting([{ id: 'n', desc: true }])
    const second = table.getSortedRowModel().rows
    expect(second).not.toBe(first)
    expect(second[0]?.original.n).toBe(999)
    expect(first[0]?.original.n).toBe(0)
  })
})
