import { describe, expect, it } from 'vitest'
import { randomInt, seededRandom } from '../../../__tests__/seeded-random'
import type { TableEventMap } from '../../../events/types'
import type { TableState } from '../../types/state'
import { personTable } from './fixture'

type Table = ReturnType<typeof personTable>

/** Every state event a mirror would see, in delivery order. */
function recordStateEvents(table: Table) {
  const log = {
    state: [] as TableEventMap['state:change'][],
    sorting: [] as TableEventMap['sorting:change'][],
    filtering: [] as TableEventMap['filtering:change'][],
    pagination: [] as TableEventMap['pagination:change'][],
    selection: [] as TableEventMap['selection:change'][],
  }
  table.on('state:change', ({ payload }) => log.state.push(payload))
  table.on('sorting:change', ({ payload }) => log.sorting.push(payload))
  table.on('filtering:change', ({ payload }) => log.filtering.push(payload))
  table.on('pagination:change', ({ payload }) => log.pagination.push(payload))
  table.on('selection:change', ({ payload }) => log.selection.push(payload))
  return log
}

/** Asserts that each event type's payloads chain: `previous` of one is the state of the one before. */
function expectChains(log: ReturnType<typeof recordStateEvents>, initial: TableState): void {
  let state = initial
  for (const { state: next, previousState } of log.state) {
    expect(previousState).toBe(state)
    state = next
  }
  let sorting = initial.sorting
  for (const payload of log.sorting) {
    expect(payload.previousSorting).toBe(sorting)
    sorting = payload.sorting
  }
  let filters = initial.columnFilters
  let globalFilter = initial.globalFilter
  for (const payload of log.filtering) {
    expect(payload.previousColumnFilters).toBe(filters)
    expect(payload.previousGlobalFilter).toBe(globalFilter)
    filters = payload.columnFilters
    globalFilter = payload.globalFilter
  }
  let pagination = initial.pagination
  for (const payload of log.pagination) {
    expect(payload.previousPagination).toBe(pagination)
    pagination = payload.pagination
  }
  let selection = initial.rowSelection
  for (const payload of log.selection) {
    expect(payload.previousRowSelection).toBe(selection)
    selection = payload.rowSelection
  }
}

describe('changes made inside handlers (issue 9)', () => {
  it('a sorting:change handler that goes to page 0 leaves the last state:change on page 0', () => {
    const table = personTable(100, { initialState: { pagination: { pageIndex: 4, pageSize: 10 } } })
    const initial = table.getState()
    table.on('sorting:change', () => table.setPageIndex(0))
    const log = recordStateEvents(table)
    table.setSorting([{ id: 'age', desc: true }])
    expect(table.getState().pagination.pageIndex).toBe(0)
    expect(log.state.at(-1)?.state).toBe(table.getState())
    expect(log.state.map((payload) => payload.state.pagination.pageIndex)).toEqual([4, 0])
    expectChains(log, initial)
  })

  it('nested global-filter changes arrive in the order they happened', () => {
    const table = personTable(10)
    const seen: string[] = []
    table.on('filtering:change', ({ payload }) => {
      if (payload.globalFilter === 'a') table.setGlobalFilter('b')
    })
    table.on('filtering:change', ({ payload }) => {
      seen.push(`${payload.previousGlobalFilter}->${payload.globalFilter}`)
    })
    table.setGlobalFilter('a')
    expect(seen).toEqual(['->a', 'a->b'])
    expect(table.getState().globalFilter).toBe('b')
  })

  it('a change inside a handler is applied at once, its events delivered after the current delivery', () => {
    const table = personTable(30)
    const seen: string[] = []
    table.on('sorting:change', () => {
      table.setGlobalFilter('p1')
      seen.push(`sorting handler sees filter ${table.getState().globalFilter}`)
    })
    table.on('sorting:change', () => seen.push('second sorting handler'))
    table.on('filtering:change', () => seen.push('filtering'))
    table.on('state:change', ({ payload }) =>
      seen.push(`state filter=${payload.state.globalFilter}`),
    )
    table.setSorting([{ id: 'name', desc: false }])
    expect(seen).toEqual([
      'sorting handler sees filter p1',
      'second sorting handler',
      'state filter=',
      'filtering',
      'state filter=p1',
    ])
  })

  it('a change made inside onStateChange is queued after the events of the change that called it', () => {
    const seen: string[] = []
    let live: Table | undefined = undefined
    const table = personTable(50, {
      initialState: { pagination: { pageIndex: 3, pageSize: 10 } },
      onStateChange: (state, previous) => {
        seen.push(`onStateChange ${previous.pagination.pageIndex}->${state.pagination.pageIndex}`)
        if (state.sorting.length > 0 && state.pagination.pageIndex !== 0) live?.setPageIndex(0)
      },
    })
    live = table
    const initial = table.getState()
    const log = recordStateEvents(table)
    table.on('state:change', ({ payload }) =>
      seen.push(`state page ${payload.state.pagination.pageIndex}`),
    )
    table.setSorting([{ id: 'id', desc: true }])
    expect(seen).toEqual([
      'onStateChange 3->3',
      'state page 3',
      'onStateChange 3->0',
      'state page 0',
    ])
    expect(log.state.at(-1)?.state).toBe(table.getState())
    expectChains(log, initial)
  })

  it('data:change and columns:change keep their place among the state events', () => {
    const table = personTable(50, { initialState: { pagination: { pageIndex: 4, pageSize: 10 } } })
    const seen: string[] = []
    table.on('data:change', ({ payload }) => seen.push(`data ${payload.rowCount}`))
    table.on('pagination:change', ({ payload }) =>
      seen.push(`page ${payload.pagination.pageIndex}`),
    )
    table.on('sorting:change', () =>
      table.setData(
        table
          .getCoreRowModel()
          .rows.slice(0, 15)
          .map((row) => row.original),
      ),
    )
    table.setSorting([{ id: 'id', desc: false }])
    expect(seen).toEqual(['data 15', 'page 1'])
  })

  it('random handlers that change state: every type chains and the last state:change equals getState()', () => {
    const random = seededRandom(9)
    for (let round = 0; round < 60; round++) {
      const table = personTable(randomInt(random, 0, 80))
      const initial = table.getState()
      const log = recordStateEvents(table)
      let budget = 40
      const change = (): void => {
        if (budget-- <= 0) return
        switch (randomInt(random, 0, 5)) {
          case 0:
            table.setSorting(random() < 0.5 ? [] : [{ id: 'age', desc: random() < 0.5 }])
            break
          case 1:
            table.setGlobalFilter(random() < 0.4 ? '' : `p${randomInt(random, 0, 9)}`)
            break
          case 2:
            table.setPageIndex(randomInt(random, 0, 9))
            break
          case 3:
            table.setPageSize(randomInt(random, 1, 12))
            break
          case 4:
            table.toggleRowSelected(String(randomInt(random, 0, 5)))
            break
          default:
            table.setData(
              table
                .getCoreRowModel()
                .rows.slice(randomInt(random, 0, 20))
                .map((r) => r.original),
            )
        }
      }
      const types = [
        'sorting:change',
        'filtering:change',
        'pagination:change',
        'state:change',
      ] as const
      for (const type of types) {
        table.on(type, () => {
          if (random() < 0.5) change()
        })
      }
      for (let step = 0; step < 8; step++) change()
      expectChains(log, initial)
      if (log.state.length > 0) expect(log.state.at(-1)?.state).toBe(table.getState())
      const { pageIndex, pageSize } = table.getState().pagination
      expect(pageIndex).toBeLessThan(table.getPageCount())
      expect(table.getRowModel().rows.length).toBe(
        Math.min(pageSize, table.getFilteredRowModel().rows.length - pageIndex * pageSize),
      )
    }
  })
})

describe('destroy from handlers (issue 9)', () => {
  it('destroy() inside a table:destroy handler is a no-op, not a recursion', () => {
    const table = personTable(3)
    let calls = 0
    table.on('table:destroy', () => {
      calls++
      table.destroy()
    })
    table.destroy()
    expect(calls).toBe(1)
    expect(table.getIsDestroyed()).toBe(true)
  })

  it('destroy() inside another handler delivers the queued events first, then table:destroy', () => {
    const errors: unknown[] = []
    const table = personTable(30, { onError: (error) => errors.push(error) })
    const seen: string[] = []
    table.on('sorting:change', () => {
      table.setGlobalFilter('p2')
      table.destroy()
      table.destroy()
      seen.push(`sorting handler, destroyed=${table.getIsDestroyed()}`)
    })
    table.on('filtering:change', ({ payload }) => seen.push(`filtering ${payload.globalFilter}`))
    table.on('table:destroy', () => seen.push('destroy'))
    table.setSorting([{ id: 'age', desc: false }])
    expect(seen).toEqual(['sorting handler, destroyed=true', 'filtering p2', 'destroy'])
    expect(errors).toEqual([])
  })
})
