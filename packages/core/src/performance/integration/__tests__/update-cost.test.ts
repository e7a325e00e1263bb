// Issue 10 §4: rowModelBuild is what the user waits for (the whole update, however the app
// reads it), listeners run after the measured work, and the spec's getRowModel example works.
import { describe, expect, it } from 'vitest'
import { createTable } from '../create-monitored-table'
import type { ColumnDef } from '../../../table/types/column-def'
import { EnhancedPerformanceMonitor } from '../../monitor/EnhancedPerformanceMonitor'
import { generateData, type Item } from './fixture'

/** A table whose `value` accessor costs `msPerRead` on the monitor's clock. */
function slowSortTable(msPerRead: number) {
  const clock = { time: 0 }
  const monitor = new EnhancedPerformanceMonitor({ now: () => clock.time })
  const columns: ColumnDef<Item>[] = [
    { id: 'id', accessorFn: (item) => item.id },
    {
      id: 'value',
      accessorFn: (item) => {
        clock.time += msPerRead
        return item.value
      },
    },
  ]
  const table = createTable<Item>({
    data: generateData(200),
    columns,
    initialState: { pagination: { pageIndex: 0, pageSize: 10 } },
    features: { performance: { monitor } },
  })
  return { table, monitor, clock }
}

describe('rowModelBuild: the cost of one update, from the state change to the page ready', () => {
  it('a pager that asks getCanNextPage() first still records the whole sort', () => {
    const { table, monitor } = slowSortTable(1)
    table.getRowModel()
    table.setSorting([{ id: 'value', desc: true }])
    expect(table.getCanNextPage()).toBe(true) // builds filtered + sorted
    table.getRowModel() // builds only the page
    const sorting = monitor.getOperationStats('sorting')
    const build = monitor.getOperationStats('rowModelBuild')
    expect(sorting?.count).toBe(1)
    expect(build?.count).toBe(2)
    expect(sorting?.maxTime).toBeGreaterThanOrEqual(200) // 200 reads at 1 ms at least
    expect(build?.maxTime).toBeGreaterThanOrEqual(sorting?.maxTime ?? Infinity)
  })

  it('a state change in between starts a new update', () => {
    const { table, monitor } = slowSortTable(1)
    table.getRowModel()
    table.setSorting([{ id: 'value', desc: true }])
    table.getCanNextPage() // the sort of an update whose page is never read
    table.setSorting([{ id: 'id', desc: false }]) // reads no value: ~free
    table.getRowModel()
    expect(monitor.getOperationStats('rowModelBuild')?.maxTime).toBeLessThan(200)
  })

  it('a slow budget listener runs after the build and is not counted in it', async () => {
    const { table, monitor, clock } = slowSortTable(0.001)
    monitor.setBudgets({ sorting: 1e-9, rowModelBuild: 1e-9 })
    let calls = 0
    monitor.on('budgetViolation', () => {
      calls += 1
      clock.time += 200
    })
    table.getRowModel()
    table.setSorting([{ id: 'value', desc: true }])
    table.getRowModel()
    expect(calls).toBe(0) // not inside the build
    await Promise.resolve()
    expect(calls).toBeGreaterThan(0)
    expect(monitor.getOperationStats('rowModelBuild')?.maxTime).toBeLessThan(200)
  })
})

describe("the specification's metrics.getOperationStats('getRowModel')", () => {
  it('reads the row-model stats under the name asked for', () => {
    const table = createTable({
      data: generateData(50),
      columns: [{ accessorKey: 'name' as const }],
      features: { performance: true },
    })
    expect(table.metrics.getOperationStats('getRowModel')).toBeUndefined()
    table.getRowModel()
    const build = table.metrics.getOperationStats('rowModelBuild')
    expect(table.metrics.getOperationStats('getRowModel')).toEqual({
      ...build,
      operation: 'getRowModel',
    })
  })

  it("an app's own getRowModel samples win over the alias", () => {
    const table = createTable({
      data: generateData(50),
      columns: [{ accessorKey: 'name' as const }],
      features: { performance: true },
    })
    table.getRowModel()
    table.metrics.trackOperation('getRowModel', 42)
    expect(table.metrics.getOperationStats('getRowModel')).toMatchObject({
      operation: 'getRowModel',
      count: 1,
      avgTime: 42,
    })
    expect(table.metrics.getOperationStats('rowModelBuild')?.count).toBe(1)
  })
})
