import { describe, expect, it } from 'vitest'
import type { RowModelStage, TableObserver } from '../../instance/observer'
import { personTable } from '../../instance/__tests__/fixture'

function observeBuilds(table: ReturnType<typeof personTable>): RowModelStage[] {
  const builds: RowModelStage[] = []
  const observer: TableObserver = { now: () => 0, onStageBuild: (stage) => builds.push(stage) }
  table.setObserver(observer)
  return builds
}

describe('row models are memoized stage by stage', () => {
  it('builds every stage once, then an unchanged getRowModel is a cache hit returning the same object', () => {
    const table = personTable(50, {
      initialState: { sorting: [{ id: 'age', desc: false }], globalFilter: 'p' },
    })
    const builds = observeBuilds(table)
    const first = table.getRowModel()
    expect(builds).toEqual(['core', 'filtered', 'sorted', 'paginated'])
    expect(table.getRowModel()).toBe(first)
    expect(table.getRowModel().rows).toBe(first.rows)
    expect(builds).toHaveLength(4)
  })

  it('a page change re-sorts and re-filters nothing', () => {
    const table = personTable(50)
    table.setSorting([{ id: 'age', desc: false }])
    table.setColumnFilter('status', 'married')
    const builds = observeBuilds(table)
    table.getRowModel()
    builds.length = 0
    table.nextPage()
    table.getRowModel()
    expect(builds).toEqual(['paginated'])
  })

  it('a sort change re-filters nothing; a filter change rebuilds from the filter stage on', () => {
    const table = personTable(50)
    const builds = observeBuilds(table)
    table.getRowModel()
    builds.length = 0
    table.setSorting([{ id: 'name', desc: true }])
    table.getRowModel()
    expect(builds).toEqual(['sorted', 'paginated'])
    builds.length = 0
    table.setGlobalFilter('p1')
    table.getRowModel()
    expect(builds).toEqual(['filtered', 'sorted', 'paginated'])
  })

  it('stages are lazy: nothing builds until a model is asked for, and only the stages it needs', () => {
    const table = personTable(10)
    const builds = observeBuilds(table)
    table.setSorting([{ id: 'age', desc: true }])
    table.setGlobalFilter('p')
    expect(builds).toEqual([])
    table.getFilteredRowModel()
    expect(builds).toEqual(['core', 'filtered'])
  })

  it('setData and setColumns rebuild from the core stage', () => {
    const table = personTable(10, {
      initialState: { sorting: [{ id: 'name', desc: true }], globalFilter: 'p' },
    })
    const builds = observeBuilds(table)
    table.getRowModel()
    builds.length = 0
    table.setData(
      table
        .getCoreRowModel()
        .rows.map((row) => row.original)
        .slice(2),
    )
    table.getRowModel()
    expect(builds).toEqual(['core', 'filtered', 'sorted', 'paginated'])
    builds.length = 0
    table.setColumns([{ accessorKey: 'name' }])
    table.getRowModel()
    expect(builds).toEqual(['core', 'filtered', 'sorted', 'paginated'])
  })

  it('the selected model rebuilds on selection changes only', () => {
    const table = personTable(10)
    const builds = observeBuilds(table)
    const before = table.getSelectedRowModel()
    expect(table.getSelectedRowModel()).toBe(before)
    table.toggleRowSelected('3')
    expect(table.getSelectedRowModel().rows.map((row) => row.id)).toEqual(['3'])
    expect(builds).toEqual(['core', 'selected', 'selected'])
  })

  it('with no filter or sort, the filtered and sorted models pass the core rows through', () => {
    const table = personTable(10)
    const core = table.getCoreRowModel()
    expect(table.getFilteredRowModel()).toBe(core)
    expect(table.getSortedRowModel()).toBe(core)
  })
})
