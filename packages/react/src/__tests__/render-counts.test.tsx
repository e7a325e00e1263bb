import { act, render, screen } from '@testing-library/react'
import { Profiler, useState } from 'react'
import { describe, expect, it } from 'vitest'
import type { TableInstance } from '@gridkit/core'
import { useGridEnhancedTable } from '../useGridEnhancedTable'
import { makePeople, peopleColumns, TableBody, type Person } from './fixture'

const people = makePeople(40)

function renderCounted(data: Person[] = people) {
  const counts = { renders: 0, commits: 0 }
  let table: TableInstance<Person> | undefined
  let setData: ((data: Person[]) => void) | undefined
  function Grid() {
    counts.renders++
    const [rows, set] = useState(data)
    setData = set
    table = useGridEnhancedTable({
      data: rows,
      columns: peopleColumns,
      initialState: { pagination: { pageIndex: 0, pageSize: 10 } },
    })
    return <TableBody table={table} />
  }
  render(
    <Profiler id="grid" onRender={() => counts.commits++}>
      <Grid />
    </Profiler>,
  )
  return {
    counts,
    table: () => table!,
    setData: (next: Person[]) => {
      setData!(next)
    },
  }
}

function visibleIds(): string[] {
  return screen.getAllByRole('listitem').map((item) => item.textContent)
}

describe('useGridEnhancedTable re-renders once per change', () => {
  it('renders once for one sort, showing the sorted page', () => {
    const { counts, table } = renderCounted()
    expect(counts).toEqual({ renders: 1, commits: 1 })
    act(() => table().toggleSorting('age'))
    expect(counts).toEqual({ renders: 2, commits: 2 })
    const expected = [...people]
      .sort((a, b) => a.age - b.age || a.id - b.id)
      .slice(0, 10)
      .map((person) => String(person.id))
    expect(visibleIds()).toEqual(expected)
  })

  it('renders once for a page change and once for a filter', () => {
    const { counts, table } = renderCounted()
    act(() => table().nextPage())
    expect(counts.commits).toBe(2)
    expect(visibleIds()[0]).toBe('10')
    act(() => table().setGlobalFilter('person1'))
    expect(counts.commits).toBe(3)
  })

  it('renders once when the app passes new data (setData applied in the same render)', () => {
    const { counts, table, setData } = renderCounted()
    const before = table()
    act(() => setData(makePeople(5, 99)))
    expect(counts).toEqual({ renders: 2, commits: 2 })
    expect(visibleIds()).toEqual(['0', '1', '2', '3', '4'])
    expect(table().getCoreRowModel().rows).toHaveLength(5)
    // The same table behind a new view: memoization on the view sees the change.
    expect(table()).not.toBe(before)
    expect(table().id).toBe(before.id)
  })

  it('does not re-render when nothing changed (a repeated page size)', () => {
    const { counts, table } = renderCounted()
    act(() => table().setPageSize(10))
    expect(counts.commits).toBe(1)
  })
})
