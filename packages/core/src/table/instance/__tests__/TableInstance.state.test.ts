import { describe, expect, it, vi } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import type { TableEvent, TableEventType } from '../../../events/types'
import { pageIds, personTable } from './fixture'

function record(table: ReturnType<typeof personTable>, ...types: TableEventType[]): string[] {
  const events: string[] = []
  for (const type of types)
    table.on(type, (event: TableEvent<TableEventType>) => events.push(event.type))
  return events
}

function errorOf(run: () => unknown): GridKitError {
  try {
    run()
  } catch (error) {
    if (error instanceof GridKitError) return error
    throw error
  }
  throw new Error('expected a GridKitError')
}

describe('sorting state', () => {
  it('setSorting sorts and emits sorting:change then state:change, after the state changed', () => {
    const table = personTable(12)
    const seen: string[] = []
    table.on('sorting:change', (event) => {
      seen.push(`sorting ${JSON.stringify(event.payload)} now=${table.getState().sorting.length}`)
      expect(event.tableId).toBe(table.id)
      expect(typeof event.timestamp).toBe('number')
    })
    table.on('state:change', (event) =>
      seen.push(`state prev=${event.payload.previousState.sorting.length}`),
    )
    table.setSorting([{ id: 'age', desc: true }])
    expect(seen).toEqual([
      'sorting {"sorting":[{"id":"age","desc":true}],"previousSorting":[]} now=1',
      'state prev=0',
    ])
    expect(pageIds(table).slice(0, 3)).toEqual(['9', '8', '7'])
  })

  it('toggleSorting cycles a column, and column helpers report it', () => {
    const table = personTable(3)
    const age = table.getColumn('age')
    table.toggleSorting('age')
    expect(age?.getIsSorted()).toBe('asc')
    age?.toggleSorting()
    expect(age?.getIsSorted()).toBe('desc')
    table.toggleSorting('name', { multi: true })
    expect(table.getColumn('name')?.getSortIndex()).toBe(1)
    table.toggleSorting('age', { desc: false })
    expect(table.getState().sorting).toEqual([{ id: 'age', desc: false }])
    table.toggleSorting('age')
    table.toggleSorting('age')
    expect(age?.getIsSorted()).toBe(false)
  })

  it('rejects unknown, unsortable, duplicate and malformed sorts without changing state', () => {
    const table = personTable(3, {
      columns: [{ accessorKey: 'id' }, { accessorKey: 'name', enableSorting: false }],
    })
    const unknown = errorOf(() => table.setSorting([{ id: 'nope', desc: false }]))
    expect(unknown.code).toBe('UNKNOWN_COLUMN')
    expect(unknown.message).toContain('"sorting"')
    expect(unknown.message).toContain('known columns: id, name')
    expect(errorOf(() => table.toggleSorting('name')).message).toContain('enableSorting: false')
    expect(
      errorOf(() =>
        table.setSorting([
          { id: 'id', desc: false },
          { id: 'id', desc: true },
        ]),
      ).message,
    ).toContain('twice')
    expect(errorOf(() => table.setSorting([{ id: 'id' } as never])).code).toBe('INVALID_STATE')
    expect(errorOf(() => table.setSorting('id' as never)).code).toBe('INVALID_STATE')
    expect(table.getState().sorting).toEqual([])
  })

  it('an unchanged sort emits nothing', () => {
    const table = personTable(3)
    const events = record(table, 'sorting:change', 'state:change')
    table.setSorting((previous) => previous)
    expect(events).toEqual([])
  })

  it('a new array with the same sort order emits nothing and keeps the state', () => {
    const table = personTable(3)
    table.setSorting([{ id: 'age', desc: true }])
    const state = table.getState()
    const events = record(table, 'sorting:change', 'state:change')
    table.setSorting([{ id: 'age', desc: true }])
    expect(events).toEqual([])
    expect(table.getState()).toBe(state)
    table.setSorting([{ id: 'age', desc: false }])
    expect(events).toHaveLength(2)
    // setState agrees: an equal order in the whole state is no sorting change either.
    table.setState({ ...table.getState(), sorting: [{ id: 'age', desc: false }] })
    expect(events).toHaveLength(2)
  })
})

describe('filtering state', () => {
  it('setColumnFilter filters, returns to page 0 and emits filtering:change with both filters', () => {
    const table = personTable(40, { initialState: { pagination: { pageIndex: 2, pageSize: 5 } } })
    const payloads: unknown[] = []
    table.on('filtering:change', (event) => payloads.push(event.payload))
    const events = record(table, 'pagination:change', 'state:change')
    table.setColumnFilter('status', 'SINGLE')
    expect(table.getFilteredRowModel().rows).toHaveLength(14)
    expect(table.getState().pagination.pageIndex).toBe(0)
    expect(payloads).toEqual([
      {
        columnFilters: [{ id: 'status', value: 'SINGLE' }],
        previousColumnFilters: [],
        globalFilter: '',
        previousGlobalFilter: '',
      },
    ])
    expect(events).toEqual(['pagination:change', 'state:change'])
    expect(table.getColumn('status')?.getFilterValue()).toBe('SINGLE')
  })

  it('an empty value removes a column filter; setFilterValue works through the column', () => {
    const table = personTable(10)
    table.getColumn('name')?.setFilterValue('p1')
    expect(table.getFilteredRowModel().rows).toHaveLength(1)
    table.setColumnFilter('name', '')
    expect(table.getState().columnFilters).toEqual([])
    table.setColumnFilter('name', 'p')
    table.setColumnFilter('name', undefined)
    expect(table.getFilteredRowModel().rows).toHaveLength(10)
  })

  it('setGlobalFilter filters and emits filtering:change; the same value emits nothing', () => {
    const table = personTable(30)
    const payloads: unknown[] = []
    table.on('filtering:change', (event) => payloads.push(event.payload.globalFilter))
    table.setGlobalFilter('P2')
    table.setGlobalFilter((previous) => previous)
    expect(payloads).toEqual(['P2'])
    expect(table.getFilteredRowModel().rows.map((row) => row.id)).toEqual([
      '2',
      '20',
      '21',
      '22',
      '23',
      '24',
      '25',
      '26',
      '27',
      '28',
      '29',
    ])
  })

  it('rejects filters on unknown or unfilterable columns, duplicates and bad values', () => {
    const table = personTable(3, {
      columns: [{ accessorKey: 'id' }, { accessorKey: 'name', enableFiltering: false }],
    })
    expect(errorOf(() => table.setColumnFilter('nope', 1)).code).toBe('UNKNOWN_COLUMN')
    expect(errorOf(() => table.setColumnFilter('name', 'x')).message).toContain(
      'enableFiltering: false',
    )
    expect(
      errorOf(() =>
        table.setColumnFilters([
          { id: 'id', value: 1 },
          { id: 'id', value: 2 },
        ]),
      ).message,
    ).toContain('two filters')
    expect(errorOf(() => table.setColumnFilters([{ value: 1 } as never])).code).toBe(
      'INVALID_STATE',
    )
    expect(errorOf(() => table.setColumnFilters({} as never)).message).toContain('"columnFilters"')
    expect(errorOf(() => table.setGlobalFilter(3 as never)).message).toContain('"globalFilter"')
  })
})

describe('setState and onStateChange', () => {
  it('replaces several slices at once, emitting one event per changed slice', () => {
    const onStateChange = vi.fn()
    const table = personTable(30, { onStateChange })
    const events = record(
      table,
      'sorting:change',
      'filtering:change',
      'pagination:change',
      'selection:change',
      'state:change',
    )
    table.setState((state) => ({
      ...state,
      sorting: [{ id: 'name', desc: false }],
      pagination: { pageIndex: 1, pageSize: 5 },
      rowSelection: { '3': true },
    }))
    expect(events).toEqual([
      'sorting:change',
      'pagination:change',
      'selection:change',
      'state:change',
    ])
    expect(onStateChange).toHaveBeenCalledTimes(1)
    expect(onStateChange.mock.calls[0]?.[0]).toBe(table.getState())
    expect(errorOf(() => table.setState(null as never)).code).toBe('INVALID_STATE')
    expect(
      errorOf(() => table.setState({ ...table.getState(), rowSelection: [] as never })).message,
    ).toContain('"rowSelection"')
  })

  it('an onStateChange that throws goes to onError and the change still happens', () => {
    const errors: unknown[] = []
    const table = personTable(3, {
      onStateChange: () => {
        throw new Error('app bug')
      },
      onError: (error) => errors.push(error),
    })
    const handler = vi.fn()
    table.on('sorting:change', handler)
    table.setSorting([{ id: 'id', desc: true }])
    expect(table.getState().sorting).toHaveLength(1)
    expect(handler).toHaveBeenCalledTimes(1)
    expect(errors).toHaveLength(1)
  })

  it('a throwing handler stops neither other handlers nor the table; default onError is console.error', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const table = personTable(3)
    const after = vi.fn()
    table.on('sorting:change', () => {
      throw new Error('handler bug')
    })
    table.on('sorting:change', after)
    table.setSorting([{ id: 'id', desc: true }])
    expect(after).toHaveBeenCalledTimes(1)
    expect(spy).toHaveBeenCalledTimes(1)
    expect(table.getRowModel().rows[0]?.id).toBe('2')
    spy.mockRestore()
  })

  it('once and off work through the table', () => {
    const table = personTable(3)
    const once = vi.fn()
    const always = vi.fn()
    table.once('sorting:change', once)
    table.on('sorting:change', always)
    table.setSorting([{ id: 'id', desc: true }])
    table.off('sorting:change', always)
    table.setSorting([])
    expect(once).toHaveBeenCalledTimes(1)
    expect(always).toHaveBeenCalledTimes(1)
  })
})
