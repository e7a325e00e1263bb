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

  it('keeps the text-key buffer for short texts, drops it after a sort of long ones', () => {
    interface Text {
      t: string
    }
    const texts = (count: number, length: number): Text[] =>
      Array.from({ length: count }, (_, i) => ({ t: `item${String(i)}`.padEnd(length, 'x') }))
    const short = createTable<Text>({ data: texts(4000, 10), columns: [{ accessorKey: 't' }] })
    short.setSorting([{ id: 't', desc: false }])
    short.getRowModel()
    const shortStore = short as unknown as { store: TableStore<Text> }
    expect(shortStore.store.sortScratch().textKeys.chars.length).toBeGreaterThanOrEqual(4000 * 10)
    const long = createTable<Text>({ data: texts(4000, 100), columns: [{ accessorKey: 't' }] })
    long.setSorting([{ id: 't', desc: false }])
    expect(long.getRowModel().rows[0]?.original.t.startsWith('item0')).toBe(true)
    const longStore = long as unknown as { store: TableStore<Text> }
    expect(longStore.store.sortScratch().textKeys.chars.length).toBe(0)
  })
})
