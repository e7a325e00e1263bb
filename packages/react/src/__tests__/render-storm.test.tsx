import { act, render } from '@testing-library/react'
import { useLayoutEffect, useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import type { TableInstance } from '@gridkit/core'
import { getRenderStormCounts } from '../getRenderTiming'
import { RENDER_STORM_OPERATION, SAME_CONTENT_STREAK } from '../renderStorm'
import { useGridEnhancedTable } from '../useGridEnhancedTable'
import { makePeople, peopleColumns, type Person } from './fixture'

const people = makePeople(20)
let warn: MockInstance<typeof console.warn>

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  warn.mockRestore()
  vi.unstubAllEnvs()
})

/** A component that re-renders on `rerender()` and builds its options with `makeOptions`. */
function mountRerendering(inline: { data: boolean; columns: boolean }) {
  let table: TableInstance<Person> | undefined
  let bump: (() => void) | undefined
  function Grid() {
    const [count, setCount] = useState(0)
    bump = () => setCount(count + 1)
    table = useGridEnhancedTable({
      data: inline.data ? people.slice() : people,
      columns: inline.columns ? peopleColumns.map((column) => ({ ...column })) : peopleColumns,
      features: { performance: true },
    })
    return <span>{table.getRowModel().rows.length}</span>
  }
  render(<Grid />)
  return { table: () => table!, rerender: () => act(() => bump!()) }
}

describe('re-render storms', () => {
  it('counts a new same-content data array on every render and warns once what to memoize', () => {
    const { table, rerender } = mountRerendering({ data: true, columns: false })
    for (let index = 0; index < SAME_CONTENT_STREAK + 2; index++) rerender()
    // Renders 3, 4 and 5 of the streak are storm renders.
    expect(getRenderStormCounts(table()).data).toBe(3)
    expect(table().metrics?.getOperationStats(RENDER_STORM_OPERATION)?.count).toBe(3)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/new `data` array.*useMemo/)
  })

  it('counts same-content columns, and nothing for memoized options', () => {
    const inline = mountRerendering({ data: false, columns: true })
    for (let index = 0; index < SAME_CONTENT_STREAK; index++) inline.rerender()
    expect(getRenderStormCounts(inline.table()).columns).toBe(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/new `columns` array.*outside the component/)
    const memoized = mountRerendering({ data: false, columns: false })
    for (let index = 0; index < SAME_CONTENT_STREAK + 2; index++) memoized.rerender()
    expect(getRenderStormCounts(memoized.table())).toEqual({
      data: 0,
      columns: 0,
      tableChangeDuringRender: 0,
      setStateDuringRender: 0,
    })
    expect(memoized.table().metrics?.getOperationStats(RENDER_STORM_OPERATION)).toBeUndefined()
  })

  it('stops a table setter called during render from looping', () => {
    let renders = 0
    let table: TableInstance<Person> | undefined
    function Grid() {
      renders++
      table = useGridEnhancedTable({ data: people, columns: peopleColumns })
      // A new sorting array on every render: each call is a state change.
      table.setSorting([{ id: 'age', desc: renders % 2 === 0 }])
      return <span>{table.getRowModel().rows.length}</span>
    }
    render(<Grid />)
    expect(renders).toBeLessThanOrEqual(3)
    expect(getRenderStormCounts(table!).tableChangeDuringRender).toBeGreaterThan(0)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/table setter called in the component body/)
  })

  it('counts a component that sets its own state during render, once per run of renders', () => {
    let table: TableInstance<Person> | undefined
    function Grid() {
      const [step, setStep] = useState(0)
      table = useGridEnhancedTable({ data: people, columns: peopleColumns })
      // Converges after 12 renders, all before the first commit.
      if (step < 12) setStep(step + 1)
      return <span>{step}</span>
    }
    render(<Grid />)
    expect(getRenderStormCounts(table!).setStateDuringRender).toBe(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/re-renders without committing/)
  })

  it("does not count a child's layout effect that sets table state, and re-renders for it", () => {
    let renders = 0
    let table: TableInstance<Person> | undefined
    // A child that sorts when it mounts or its column changes: an effect, not a render-phase call.
    // The view changes with every table change, so the effect runs again once more and sets the
    // same order, which is no change (the loop ends there).
    function SortOnMount({ view, column }: { view: TableInstance<Person>; column: string }) {
      useLayoutEffect(() => {
        view.setSorting([{ id: column, desc: false }])
      }, [view, column])
      return null
    }
    let setColumn: ((column: string) => void) | undefined
    function Grid() {
      renders++
      const [column, choose] = useState('age')
      setColumn = choose
      table = useGridEnhancedTable({ data: people, columns: peopleColumns })
      const first = table.getRowModel().rows[0]?.id ?? ''
      return (
        <>
          <span data-testid="first">{first}</span>
          <SortOnMount view={table} column={column} />
        </>
      )
    }
    const { getByTestId } = render(<Grid />)
    act(() => setColumn!('name'))
    expect(getRenderStormCounts(table!).tableChangeDuringRender).toBe(0)
    expect(warn).not.toHaveBeenCalled()
    // Each effect's change re-rendered the grid with the rows it sorted.
    const byName = [...people].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    expect(getByTestId('first').textContent).toBe(String(people.indexOf(byName[0]!)))
    expect(renders).toBeLessThanOrEqual(6)
  })

  it('counts but does not warn in production builds', () => {
    vi.stubEnv('NODE_ENV', 'production')
    const { table, rerender } = mountRerendering({ data: true, columns: false })
    for (let index = 0; index < SAME_CONTENT_STREAK; index++) rerender()
    expect(getRenderStormCounts(table()).data).toBe(1)
    expect(warn).not.toHaveBeenCalled()
  })
})
