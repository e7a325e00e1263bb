import {
  createTable,
  EnhancedPerformanceMonitor,
  type BudgetViolation,
  type ColumnDef,
  type TableInstance,
} from '@gridkit/core'
import { act, render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { getRenderTiming } from '../getRenderTiming'
import type { RenderTiming } from '../renderTiming'
import { useGridEnhancedTable } from '../useGridEnhancedTable'
import { makePeople, manualClock, type Person } from './fixture'

const people = makePeople(50)
const REACT_RENDER_MS = 7
const COMPARE_MS = 0.25

function setup(tableRenderBudget: number) {
  const clock = manualClock()
  const monitor = new EnhancedPerformanceMonitor({
    now: clock.now,
    budgets: { tableRender: tableRenderBudget },
  })
  // Each comparison "takes" COMPARE_MS on the monitor's clock: table work inside the update.
  const columns: ColumnDef<Person>[] = [
    { accessorKey: 'id' },
    {
      accessorKey: 'age',
      sortingFn: (a, b) => {
        clock.advance(COMPARE_MS)
        return a.original.age - b.original.age || a.original.id - b.original.id
      },
    },
  ]
  const timings: RenderTiming[] = []
  let table: TableInstance<Person> | undefined
  function Grid() {
    table = useGridEnhancedTable(
      { data: people, columns, features: { performance: { monitor } } },
      { onRenderTiming: (timing) => timings.push(timing) },
    )
    clock.advance(REACT_RENDER_MS) // React's share of the update: rendering this component
    return <span>{table.getRowModel().rows.length}</span>
  }
  render(<Grid />)
  return { table: () => table!, monitor, timings, clock }
}

describe('tableRender: from the table change to the commit of the component', () => {
  it('records one tableRender per update, split into table work and React', () => {
    const { table, monitor, timings } = setup(1000)
    expect(monitor.getOperationStats('tableRender')).toBeUndefined()
    act(() => table().toggleSorting('age'))
    const build = monitor.getOperationStats('rowModelBuild')!
    expect(timings).toHaveLength(1)
    const timing = timings[0]!
    expect(timing.tableWorkMs).toBeGreaterThan(0)
    // The sort's work is the row-model build recorded during the update.
    expect(timing.tableWorkMs).toBe(build.maxTime)
    expect(timing.reactMs).toBe(REACT_RENDER_MS)
    expect(timing.totalMs).toBe(REACT_RENDER_MS + timing.tableWorkMs)
    expect(timing).toMatchObject({ cause: 'state', rowModelBuilds: 1, rowCount: 10 })
    expect(getRenderTiming(table())).toEqual(timing)
    const recorded = monitor.getOperationStats('tableRender')!
    expect(recorded.count).toBe(1)
    expect(recorded.maxTime).toBe(timing.totalMs)
  })

  it("counts only this table's builds as its table work when the monitor is shared", () => {
    const { table, monitor, timings, clock } = setup(1000)
    const other = createTable({
      data: people,
      columns: [
        {
          accessorKey: 'age',
          sortingFn: (a, b) => {
            clock.advance(1)
            return a.original.age - b.original.age
          },
        },
      ],
      features: { performance: { monitor } },
    })
    const ownBuilds: number[] = []
    const stop = monitor.onSample((operation, durationMs, context) => {
      if (operation === 'rowModelBuild' && context?.tableId === table().id)
        ownBuilds.push(durationMs)
    })
    act(() => {
      table().toggleSorting('age')
      // Another table on the same monitor builds inside this update's window.
      other.toggleSorting('age')
      other.getRowModel()
    })
    stop()
    expect(monitor.getOperationStats('rowModelBuild')?.count).toBeGreaterThan(ownBuilds.length)
    expect(timings[0]?.tableWorkMs).toBe(ownBuilds.reduce((sum, ms) => sum + ms, 0))
    expect(timings[0]?.rowModelBuilds).toBe(ownBuilds.length)
    other.destroy()
  })

  it('times data changes from setData, and a re-render without a change records nothing', () => {
    const { table, monitor } = setup(1000)
    act(() => table().setData(people.slice(0, 20)))
    expect(getRenderTiming(table())?.cause).toBe('data')
    expect(monitor.getOperationStats('tableRender')?.count).toBe(1)
    act(() => table().setPageSize(10))
    expect(monitor.getOperationStats('tableRender')?.count).toBe(1)
  })

  it('sends a tableRender over its budget to table.on like any other violation', async () => {
    const { table } = setup(5)
    const violations: BudgetViolation[] = []
    table().on('performance:budgetViolation', (event) => violations.push(event.payload))
    act(() => table().toggleSorting('age'))
    await act(async () => {
      await Promise.resolve()
    })
    expect(violations.map((violation) => violation.operation)).toEqual(['tableRender'])
    expect(violations[0]).toMatchObject({ budget: 5, tableId: table().id })
    expect(violations[0]!.actual).toBe(getRenderTiming(table())!.totalMs)
  })

  it('is absent without features.performance: no timing, no clock', () => {
    let table: TableInstance<Person> | undefined
    function Grid() {
      table = useGridEnhancedTable({ data: people, columns: [{ accessorKey: 'id' }] })
      return <span>{table.getRowModel().rows.length}</span>
    }
    render(<Grid />)
    act(() => table!.setPageIndex(1))
    expect(table!.metrics).toBeUndefined()
    expect(getRenderTiming(table!)).toBeUndefined()
  })
})
