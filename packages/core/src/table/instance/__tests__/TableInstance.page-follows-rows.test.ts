import { describe, expect, it } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { people, personColumns, personTable } from './fixture'

const onPage = (pageIndex: number, pageSize = 10) => ({
  initialState: { pagination: { pageIndex, pageSize } },
})

describe('the page index follows the rows (issue 9, autoResetPageIndex: true by default)', () => {
  it('setData with fewer rows moves the index onto the last page, with a pagination:change', () => {
    const table = personTable(50, onPage(4))
    const pages: number[] = []
    table.on('pagination:change', ({ payload }) => pages.push(payload.pagination.pageIndex))
    table.setData(people(15))
    expect(table.getState().pagination.pageIndex).toBe(1)
    expect(table.getPageCount()).toBe(2)
    expect(table.getRowModel().rows.map((row) => row.id)).toEqual(['10', '11', '12', '13', '14'])
    expect(pages).toEqual([1])
    table.setData([])
    expect(table.getState().pagination.pageIndex).toBe(0)
  })

  it('setPagination past the end lands on the last page, and previousPage goes one back from there', () => {
    const table = personTable(50)
    table.setPagination({ pageIndex: 99, pageSize: 10 })
    expect(table.getState().pagination.pageIndex).toBe(4)
    table.previousPage()
    expect(table.getState().pagination.pageIndex).toBe(3)
    table.setPageIndex(99)
    expect(table.getState().pagination.pageIndex).toBe(4)
  })

  it('an initialState page past the end shows the last page', () => {
    const table = personTable(25, onPage(9))
    expect(table.getState().pagination.pageIndex).toBe(2)
    expect(table.getRowModel().rows).toHaveLength(5)
  })

  it('an initialState page past the end of the filtered rows shows their last page', () => {
    const table = personTable(100, {
      initialState: { pagination: { pageIndex: 6, pageSize: 1 }, globalFilter: 'p1' },
    })
    // p1, p10..p19: 11 rows, one per page.
    expect(table.getState().pagination.pageIndex).toBe(6)
    const narrow = personTable(100, {
      initialState: { pagination: { pageIndex: 60, pageSize: 1 }, globalFilter: 'p1' },
    })
    expect(narrow.getState().pagination.pageIndex).toBe(10)
  })

  it('a larger page size keeps the index on a page', () => {
    const table = personTable(50, onPage(4))
    table.setPageSize(30)
    expect(table.getState().pagination).toEqual({ pageIndex: 1, pageSize: 30 })
    table.setPageSize(100)
    expect(table.getState().pagination).toEqual({ pageIndex: 0, pageSize: 100 })
  })

  it('a filter change returns to page 0', () => {
    const table = personTable(50, onPage(3))
    table.setColumnFilter('status', 'married')
    expect(table.getState().pagination.pageIndex).toBe(0)
  })

  it('setColumns that drops an active filter returns to page 0', () => {
    const table = personTable(100, onPage(1))
    table.setColumnFilter('status', 'married')
    table.setPageIndex(2)
    expect(table.getState().pagination.pageIndex).toBe(2)
    table.setColumns(personColumns.filter((column) => column.accessorKey !== 'status'))
    expect(table.getState().columnFilters).toEqual([])
    expect(table.getState().pagination.pageIndex).toBe(0)
  })

  it('setColumns that changes what a kept filter matches clamps the index', () => {
    const table = personTable(100, onPage(0, 10))
    table.setGlobalFilter('married')
    table.setPageIndex(6)
    expect(table.getState().pagination.pageIndex).toBe(6)
    // Without the status column the global filter matches nothing.
    table.setColumns(personColumns.filter((column) => column.accessorKey !== 'status'))
    expect(table.getState().pagination.pageIndex).toBe(0)
  })
})

describe('autoResetPageIndex: false keeps the index as set', () => {
  it('keeps the index through setData, setPagination, page size and filter changes', () => {
    const table = personTable(50, { ...onPage(4), autoResetPageIndex: false })
    table.setData(people(15))
    expect(table.getState().pagination.pageIndex).toBe(4)
    expect(table.getRowModel().rows).toEqual([])
    table.setPagination({ pageIndex: 99, pageSize: 10 })
    expect(table.getState().pagination.pageIndex).toBe(99)
    table.setColumnFilter('status', 'married')
    expect(table.getState().pagination.pageIndex).toBe(99)
    const restored = personTable(5, { ...onPage(7), autoResetPageIndex: false })
    expect(restored.getState().pagination.pageIndex).toBe(7)
  })

  it('rejects a non-boolean autoResetPageIndex', () => {
    let error: unknown
    try {
      personTable(5, { autoResetPageIndex: 'yes' as never })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(GridKitError)
    expect((error as GridKitError).code).toBe('INVALID_OPTION')
    expect((error as GridKitError).message).toContain('autoResetPageIndex')
  })
})
