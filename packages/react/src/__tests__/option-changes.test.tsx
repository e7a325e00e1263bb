import { GridKitError, type ColumnDef } from '@gridkit/core'
import { act, render, screen } from '@testing-library/react'
import { Component, useState, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { TableInstance } from '@gridkit/core'
import { useGridEnhancedTable } from '../useGridEnhancedTable'
import { makePeople, peopleColumns, type Person } from './fixture'

class Boundary extends Component<{ children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {}
  static getDerivedStateFromError(error: unknown) {
    return { error }
  }
  override render() {
    return this.state.error === undefined ? this.props.children : 'failed'
  }
}

interface GridProps {
  data: Person[]
  columns: ColumnDef<Person>[]
  budget: number
}

function setup(initial: GridProps) {
  let table: TableInstance<Person> | undefined
  let update: ((props: Partial<GridProps>) => void) | undefined
  const events: string[] = []
  function Grid() {
    const [props, setProps] = useState(initial)
    update = (next) => setProps((previous) => ({ ...previous, ...next }))
    // Inline literals on purpose: a new features object each render is not a change.
    table = useGridEnhancedTable({
      data: props.data,
      columns: props.columns,
      features: { performance: { budgets: { sorting: props.budget } } },
    })
    return (
      <span>
        {table
          .getAllColumns()
          .map((column) => column.id)
          .join(',')}
      </span>
    )
  }
  render(
    <Boundary>
      <Grid />
    </Boundary>,
  )
  const current = table!
  current.on('data:change', () => events.push('data'))
  current.on('columns:change', () => events.push('columns'))
  return { table: () => table!, update: (next: Partial<GridProps>) => update!(next), events }
}

describe('useGridEnhancedTable option changes', () => {
  const people = makePeople(10)

  it('calls setData for a new data array and nothing for the same one', () => {
    const { table, update, events } = setup({ data: people, columns: peopleColumns, budget: 50 })
    act(() => update({ budget: 50 }))
    expect(events).toEqual([])
    act(() => update({ data: makePeople(3, 2) }))
    expect(events).toEqual(['data'])
    expect(table().getCoreRowModel().rows).toHaveLength(3)
  })

  it('calls setColumns for new columns, not for same-content definitions', () => {
    const { update, events } = setup({ data: people, columns: peopleColumns, budget: 50 })
    act(() => update({ columns: peopleColumns.map((column) => ({ ...column })) }))
    expect(events).toEqual([])
    act(() => update({ columns: [{ accessorKey: 'name' }, { accessorKey: 'id' }] }))
    expect(events).toEqual(['columns'])
    expect(screen.getByText('name,id')).toBeTruthy()
  })

  it('refuses a changed features.performance with a GridKitError naming the option', () => {
    const errors: unknown[] = []
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const onError = (event: ErrorEvent) => {
      errors.push(event.error)
      event.preventDefault()
    }
    window.addEventListener('error', onError)
    try {
      const { table, update } = setup({ data: people, columns: peopleColumns, budget: 50 })
      const monitor = table().metrics
      act(() => update({ budget: 10 }))
      expect(screen.getByText('failed')).toBeTruthy()
      expect(monitor?.getBudget('sorting')?.budgetMs).toBe(50)
      const logged = spy.mock.calls.flat().concat(errors)
      const error = logged.find((value) => value instanceof GridKitError) as GridKitError
      expect(error.code).toBe('INVALID_PERFORMANCE_OPTION')
      expect(error.message).toMatch(/features\.performance changed.*new React `key`/)
    } finally {
      window.removeEventListener('error', onError)
      spy.mockRestore()
    }
  })
})
