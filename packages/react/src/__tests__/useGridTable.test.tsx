import { act, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { GridKitError, type TableInstance } from '@gridkit/core'
import { useGridTable } from '../useGridTable'
import { makePeople, peopleColumns, TableBody, type Person } from './fixture'

const people = makePeople(30)

describe('useGridTable (@gridkit/react/table)', () => {
  it('is the same hook without the monitor: one render per change, no metrics', () => {
    let table: TableInstance<Person, undefined> | undefined
    let renders = 0
    function Grid() {
      renders++
      table = useGridTable({ data: people, columns: peopleColumns })
      return <TableBody table={table} />
    }
    render(<Grid />)
    // Typed as absent, not as a monitor that might be there.
    const metrics: undefined = table!.metrics
    expect(metrics).toBeUndefined()
    act(() => table!.toggleSorting('age'))
    expect(renders).toBe(2)
    const expected = [...people]
      .sort((a, b) => a.age - b.age || a.id - b.id)
      .slice(0, 10)
      .map((person) => String(person.id))
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(expected)
  })

  it('refuses features.performance, naming the hook that has it', () => {
    function Grid() {
      useGridTable({
        data: people,
        columns: peopleColumns,
        // @ts-expect-error: the hook without the monitor takes no features.performance
        features: { performance: true },
      })
      return null
    }
    let thrown: unknown
    try {
      render(<Grid />)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(GridKitError)
    expect((thrown as GridKitError).code).toBe('FEATURE_NOT_INCLUDED')
    expect((thrown as GridKitError).message).toBe(
      "features.performance needs useGridEnhancedTable from '@gridkit/react', not useGridTable from '@gridkit/react/table'.",
    )
  })

  it('refuses features.performance turned on after the table was created, naming the hook', () => {
    let monitored = false
    let rerender: (() => void) | undefined
    function Grid() {
      const [count, setCount] = useState(0)
      rerender = () => setCount(count + 1)
      useGridTable({
        data: people,
        columns: peopleColumns,
        features: { performance: monitored as false },
      })
      return null
    }
    render(<Grid />)
    monitored = true
    let thrown: unknown
    try {
      act(() => rerender!())
    } catch (error) {
      thrown = error
    }
    expect((thrown as GridKitError).code).toBe('FEATURE_NOT_INCLUDED')
    expect((thrown as GridKitError).message).toContain('useGridEnhancedTable')
  })
})
