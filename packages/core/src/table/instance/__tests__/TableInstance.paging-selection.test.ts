import { describe, expect, it } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { pageIds, personTable } from './fixture'

function codeAndMessage(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof GridKitError) return `${error.code}: ${error.message}`
    throw error
  }
  return 'no error'
}

describe('pagination', () => {
  it('pages through the sorted, filtered rows and clamps next/previous at the ends', () => {
    const table = personTable(25)
    expect(table.getPageCount()).toBe(3)
    expect(pageIds(table)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
    expect(table.getCanPreviousPage()).toBe(false)
    table.nextPage()
    table.nextPage()
    expect(pageIds(table)).toEqual(['20', '21', '22', '23', '24'])
    expect(table.getCanNextPage()).toBe(false)
    table.nextPage()
    expect(table.getState().pagination.pageIndex).toBe(2)
    table.previousPage()
    expect(table.getPaginationRowModel().rows[0]?.id).toBe('10')
    table.previousPage()
    table.previousPage()
    expect(table.getState().pagination.pageIndex).toBe(0)
  })

  it('setPageSize keeps the first visible row on screen and emits pagination:change', () => {
    const table = personTable(100, { initialState: { pagination: { pageIndex: 3, pageSize: 10 } } })
    const payloads: unknown[] = []
    table.on('pagination:change', (event) => payloads.push(event.payload))
    table.setPageSize(25)
    expect(table.getState().pagination).toEqual({ pageIndex: 1, pageSize: 25 })
    expect(payloads).toEqual([
      {
        pagination: { pageIndex: 1, pageSize: 25 },
        previousPagination: { pageIndex: 3, pageSize: 10 },
      },
    ])
    table.setPagination({ pageIndex: 1, pageSize: 25 })
    expect(payloads).toHaveLength(1)
  })

  it('an empty table has one empty page', () => {
    const table = personTable(0)
    expect(table.getPageCount()).toBe(1)
    expect(table.getRowModel().rows).toEqual([])
  })

  it('rejects a pageSize that is not a positive integer, and a bad pageIndex', () => {
    const table = personTable(5)
    for (const bad of [0, -1, 2.5, NaN, '10']) {
      expect(codeAndMessage(() => table.setPageSize(bad as number))).toMatch(
        /^INVALID_STATE: Option "pageSize" must be a positive integer/,
      )
    }
    expect(codeAndMessage(() => table.setPageIndex(-1))).toContain('"pageIndex"')
    expect(codeAndMessage(() => table.setPagination(null as never))).toContain('"pagination"')
    expect(table.getState().pagination).toEqual({ pageIndex: 0, pageSize: 10 })
  })
})

describe('selection', () => {
  it('row.toggleSelected and toggleRowSelected change selection and emit selection:change', () => {
    const table = personTable(5)
    const payloads: unknown[] = []
    table.on('selection:change', (event) => payloads.push(event.payload))
    const row = table.getRow('2')
    row?.toggleSelected()
    expect(row?.getIsSelected()).toBe(true)
    table.toggleRowSelected('4', true)
    table.toggleRowSelected('4', true)
    expect(table.getSelectedRowModel().rows.map((r) => r.id)).toEqual(['2', '4'])
    row?.toggleSelected()
    expect(row?.getIsSelected()).toBe(false)
    expect(table.getState().rowSelection).toEqual({ '4': true })
    expect(payloads).toEqual([
      { rowSelection: { '2': true }, previousRowSelection: {} },
      { rowSelection: { '2': true, '4': true }, previousRowSelection: { '2': true } },
      { rowSelection: { '4': true }, previousRowSelection: { '2': true, '4': true } },
    ])
  })

  it('selection survives filtering and sorting', () => {
    const table = personTable(10)
    table.setRowSelection({ '1': true, '6': true })
    table.setColumnFilter('status', 'single')
    table.setSorting([{ id: 'id', desc: true }])
    expect(table.getRowModel().rows.map((row) => `${row.id}:${row.getIsSelected()}`)).toEqual([
      '9:false',
      '6:true',
      '3:false',
      '0:false',
    ])
    table.setColumnFilters([])
    expect(table.getRow('1')?.getIsSelected()).toBe(true)
    expect(table.getSelectedRowModel().rows.map((row) => row.id)).toEqual(['1', '6'])
  })

  it('toggleAllRowsSelected acts on the filtered rows only', () => {
    const table = personTable(10)
    table.toggleRowSelected('1')
    table.setColumnFilter('status', 'single')
    expect(table.getIsAllRowsSelected()).toBe(false)
    table.toggleAllRowsSelected()
    expect(table.getIsAllRowsSelected()).toBe(true)
    expect(Object.keys(table.getState().rowSelection).sort()).toEqual(['0', '1', '3', '6', '9'])
    table.toggleAllRowsSelected()
    expect(table.getState().rowSelection).toEqual({ '1': true })
    table.toggleAllRowsSelected(true)
    table.toggleAllRowsSelected(false)
    expect(table.getSelectedRowModel().rows.map((row) => row.id)).toEqual(['1'])
  })

  it('getIsAllRowsSelected is false with no rows; setRowSelection rejects non-objects', () => {
    const table = personTable(0)
    expect(table.getIsAllRowsSelected()).toBe(false)
    expect(codeAndMessage(() => table.setRowSelection(null as never))).toContain('"rowSelection"')
  })
})
