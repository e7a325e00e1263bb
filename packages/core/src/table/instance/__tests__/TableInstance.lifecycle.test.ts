import { describe, expect, it, vi } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { people, personTable } from './fixture'

function codeOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    return error instanceof GridKitError ? error.code : 'other'
  }
  return 'none'
}

describe('setData', () => {
  it('replaces rows lazily and emits data:change with counts only', () => {
    const table = personTable(3)
    const payloads: unknown[] = []
    table.on('data:change', (event) => payloads.push(event.payload))
    expect(table.getRow('2')?.original.name).toBe('p2')
    table.setData(people(5).slice(3))
    expect(payloads).toEqual([{ rowCount: 2, previousRowCount: 3 }])
    expect(table.getRow('2')).toBeUndefined()
    expect(table.getRow('4')?.index).toBe(1)
    expect(table.getCoreRowModel().rows).toHaveLength(2)
  })

  it('rejects data that is not an array', () => {
    const table = personTable(3)
    expect(codeOf(() => table.setData({} as never))).toBe('INVALID_DATA')
    expect(table.getCoreRowModel().rows).toHaveLength(3)
  })
})

describe('setColumns', () => {
  it('replaces columns, drops sorts and filters on removed columns and emits columns:change', () => {
    const table = personTable(6)
    table.setSorting([{ id: 'age', desc: true }])
    table.setColumnFilter('name', 'p')
    const columnEvents: unknown[] = []
    table.on('columns:change', (event) => columnEvents.push(event.payload))
    const sorting = vi.fn()
    table.on('sorting:change', sorting)
    table.setColumns([{ accessorKey: 'name' }, { id: 'double', accessorFn: (p) => p.id * 2 }])
    expect(table.getAllColumns().map((column) => column.id)).toEqual(['name', 'double'])
    expect(table.getState().sorting).toEqual([])
    expect(table.getState().columnFilters).toEqual([{ id: 'name', value: 'p' }])
    expect(sorting).toHaveBeenCalledTimes(1)
    expect(columnEvents).toEqual([
      { columnIds: ['name', 'double'], previousColumnIds: ['id', 'name', 'age', 'status'] },
    ])
    expect(table.getRowModel().rows[1]?.getValue('double')).toBe(2)
    expect(codeOf(() => table.getRowModel().rows[0]?.getValue('age'))).toBe('UNKNOWN_COLUMN')
  })

  it('validates like createTable and leaves the table unchanged on bad input', () => {
    const table = personTable(2)
    expect(codeOf(() => table.setColumns([]))).toBe('INVALID_OPTION')
    expect(codeOf(() => table.setColumns([{ accessorKey: 'id' }, { accessorKey: 'id' }]))).toBe(
      'DUPLICATE_COLUMN_ID',
    )
    expect(table.getAllColumns()).toHaveLength(4)
  })
})

describe('destroy', () => {
  it('emits table:destroy (the table already reads as destroyed), then removes all listeners', () => {
    const table = personTable(4)
    const order: string[] = []
    table.on('table:destroy', (event) => {
      order.push(`destroy ${JSON.stringify(event.payload)} ${table.getIsDestroyed()}`)
    })
    const later = vi.fn()
    table.on('state:change', later)
    table.destroy()
    table.destroy()
    expect(order).toEqual(['destroy {"rowCount":4,"columnCount":4} true'])
    expect(table.getIsDestroyed()).toBe(true)
    expect(later).not.toHaveBeenCalled()
  })

  it('any setter or row-model getter after destroy throws TABLE_DESTROYED', () => {
    const table = personTable(4)
    const row = table.getRow('1')
    table.destroy()
    const calls: [string, () => unknown][] = [
      ['setState', () => table.setState(table.getState())],
      ['setSorting', () => table.setSorting([])],
      ['toggleSorting', () => table.toggleSorting('id')],
      ['setColumnFilters', () => table.setColumnFilters([])],
      ['setColumnFilter', () => table.setColumnFilter('id', 1)],
      ['setGlobalFilter', () => table.setGlobalFilter('x')],
      ['setPagination', () => table.setPagination({ pageIndex: 0, pageSize: 5 })],
      ['setPageIndex', () => table.setPageIndex(1)],
      ['setPageSize', () => table.setPageSize(5)],
      ['nextPage', () => table.nextPage()],
      ['previousPage', () => table.previousPage()],
      ['getPageCount', () => table.getPageCount()],
      ['setRowSelection', () => table.setRowSelection({})],
      ['toggleRowSelected', () => table.toggleRowSelected('1')],
      ['row.toggleSelected', () => row?.toggleSelected()],
      ['toggleAllRowsSelected', () => table.toggleAllRowsSelected()],
      ['getIsAllRowsSelected', () => table.getIsAllRowsSelected()],
      ['setData', () => table.setData([])],
      ['setColumns', () => table.setColumns([{ accessorKey: 'id' }])],
      ['getColumn', () => table.getColumn('id')],
      ['getAllColumns', () => table.getAllColumns()],
      ['getCoreRowModel', () => table.getCoreRowModel()],
      ['getFilteredRowModel', () => table.getFilteredRowModel()],
      ['getSortedRowModel', () => table.getSortedRowModel()],
      ['getPaginationRowModel', () => table.getPaginationRowModel()],
      ['getRowModel', () => table.getRowModel()],
      ['getSelectedRowModel', () => table.getSelectedRowModel()],
      ['getRow', () => table.getRow('1')],
      ['on', () => table.on('state:change', () => {})],
      ['once', () => table.once('state:change', () => {})],
      ['setObserver', () => table.setObserver(undefined)],
    ]
    for (const [name, call] of calls) expect(codeOf(call), name).toBe('TABLE_DESTROYED')
    let message = ''
    try {
      table.setSorting([])
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain('setSorting()')
    expect(message).toContain(table.id)
  })
})

describe('releasing rows', () => {
  const collect = async (): Promise<void> => {
    // WeakRef targets stay alive until the current task ends; yield one task, then collect.
    await new Promise<void>((resolve) => setImmediate(resolve))
    const gc = (globalThis as { gc?: () => void }).gc
    if (gc === undefined) throw new Error('tests run with --expose-gc')
    gc()
  }

  function builtRowRef(table: ReturnType<typeof personTable>): WeakRef<object> {
    table.setSorting([{ id: 'age', desc: true }])
    table.getRowModel()
    table.getSelectedRowModel()
    table.getRow('1')
    return new WeakRef(table.getCoreRowModel().rows[1] as object)
  }

  it('setData lets the replaced rows be collected before any rebuild', async () => {
    const table = personTable(100)
    const ref = builtRowRef(table)
    table.setData(people(3))
    await collect()
    expect(ref.deref()).toBeUndefined()
    expect(table.getCoreRowModel().rows).toHaveLength(3)
  })

  it('setColumns drops every cached model, the selected-row stage too (issue 9)', async () => {
    const table = personTable(100)
    table.toggleRowSelected('1')
    const ref = builtRowRef(table)
    table.setColumns([{ accessorKey: 'name' }, { accessorKey: 'age' }])
    // The new rows are built; nothing may keep the old ones reachable.
    expect(table.getRowModel().rows).toHaveLength(10)
    await collect()
    expect(ref.deref()).toBeUndefined()
    expect(table.getSelectedRowModel().rows.map((row) => row.id)).toEqual(['1'])
  })

  it('destroy lets the rows be collected', async () => {
    const table = personTable(100)
    const ref = builtRowRef(table)
    table.destroy()
    await collect()
    expect(ref.deref()).toBeUndefined()
  })
})
