import { describe, expect, it } from 'vitest'
import { CoreRows } from '../CoreRows'
import type { RowHost } from '../Row'

function host(idCalls: number[] = []): RowHost<{ n: number }> {
  return {
    idOf: (original, index) => {
      idCalls.push(index)
      return `id${original.n}`
    },
    valueOf: () => undefined,
    isSelected: () => false,
    toggleSelected: () => undefined,
  }
}

const items = (count: number) => Array.from({ length: count }, (_, n) => ({ n }))

describe('CoreRows: rows made on first read (issue 13)', () => {
  it('makes no row until one is read, then one per index for the build', () => {
    const data = items(100)
    const rows = new CoreRows(data, data.length, host())
    expect(rows.made()).toEqual([])
    const row = rows.rowAt(42)
    expect(row.index).toBe(42)
    expect(row.original).toBe(data[42])
    expect(rows.rowAt(42)).toBe(row)
    expect(rows.made()).toEqual([row])
  })

  it('keeps each row when most are read (the Map turns into an array) and in all()', () => {
    const data = items(80)
    const rows = new CoreRows(data, data.length, host())
    // 1 in 8 of 80 rows is 10: the 11th row read moves them into an array.
    const early = Array.from({ length: 11 }, (_, i) => rows.rowAt(i * 7))
    expect(rows.made()).toHaveLength(11)
    for (const [i, row] of early.entries()) expect(rows.rowAt(i * 7)).toBe(row)
    const all = rows.all()
    expect(all).toHaveLength(80)
    expect(all.map((row) => row.index)).toEqual(data.map((_, i) => i))
    for (const [i, row] of early.entries()) expect(all[i * 7]).toBe(row)
    expect(rows.all()).toBe(all)
    expect(rows.made()).toBe(all)
    expect(rows.rowAt(3)).toBe(all[3])
  })

  it('all() after a few reads keeps the rows already made', () => {
    const data = items(50)
    const rows = new CoreRows(data, data.length, host())
    const first = rows.rowAt(49)
    expect(rows.all()[49]).toBe(first)
  })

  it('ids are computed once per index, without making rows', () => {
    const calls: number[] = []
    const data = items(10)
    const rows = new CoreRows(data, data.length, host(calls))
    expect(rows.idAt(3)).toBe('id3')
    expect(rows.idAt(3)).toBe('id3')
    expect(rows.rowAt(3).id).toBe('id3')
    expect(calls).toEqual([3])
    expect(rows.made()).toHaveLength(1)
  })

  it('the count is fixed at build: data grown in place adds no row', () => {
    const data = items(3)
    const rows = new CoreRows(data, data.length, host())
    data.push({ n: 3 })
    expect(rows.all()).toHaveLength(3)
  })
})
