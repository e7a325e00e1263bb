import { describe, expect, it } from 'vitest'
import { HANDED_ROW_LIMIT, HandedRows, type HandedRowModel } from '../HandedRows'
import { makeRows } from './collectGarbage'

/** A handed model whose rows the app read. */
function read(rows: readonly object[]): HandedRowModel & { rows: readonly object[] } {
  return { rows, count: rows.length, peekRows: () => rows }
}

describe('HandedRows', () => {
  it('keeps each array handed out once, newest first', () => {
    const handed = new HandedRows()
    const [a, b] = [read(makeRows(10)), read(makeRows(20))]
    handed.record(a)
    handed.record(a)
    handed.record(b)
    handed.record(a) // read again: it becomes the newest
    expect(handed.take()).toEqual([a.rows, b.rows])
    expect(handed.take()).toEqual([])
  })

  it(`ignores empty arrays and arrays of more than HANDED_ROW_LIMIT (${HANDED_ROW_LIMIT}) rows`, () => {
    const handed = new HandedRows()
    const page = read(makeRows(HANDED_ROW_LIMIT))
    handed.record(read([]))
    handed.record(read(makeRows(HANDED_ROW_LIMIT + 1)))
    handed.record(page)
    expect(handed.take()).toEqual([page.rows])
  })

  it('holds at most the limit in rows, forgetting the oldest arrays first', () => {
    const handed = new HandedRows(25)
    const pages = [makeRows(10), makeRows(10), makeRows(10), makeRows(5)]
    for (const page of pages) handed.record(read(page))
    // 35 rows were handed out; the oldest page goes, leaving 25.
    expect(handed.take()).toEqual([pages[3], pages[2], pages[1]])
  })

  it('clear() forgets everything, the newest array included', () => {
    const handed = new HandedRows()
    const page = read(makeRows(3))
    handed.record(page)
    handed.clear()
    expect(handed.take()).toEqual([])
    handed.record(page)
    expect(handed.take()).toEqual([page.rows])
  })

  it('takes only the rows the app read: a model whose rows were never read holds none', () => {
    const handed = new HandedRows()
    const rows = makeRows(4)
    let readYet = false
    const model: HandedRowModel = { count: 4, peekRows: () => (readYet ? rows : undefined) }
    handed.record(model)
    expect(handed.take()).toEqual([])
    handed.record(model)
    readYet = true
    expect(handed.take()).toEqual([rows])
  })
})
