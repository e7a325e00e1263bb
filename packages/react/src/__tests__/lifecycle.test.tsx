import { act, render } from '@testing-library/react'
import { Profiler, StrictMode } from 'react'
import { describe, expect, it } from 'vitest'
import type { TableInstance } from '@gridkit/core'
import { findTableSource } from '../TableSource'
import { useGridEnhancedTable } from '../useGridEnhancedTable'
import { makePeople, peopleColumns, TableBody, type Person } from './fixture'

const people = makePeople(30)

/** Subscribers React holds on the table's source (`useSyncExternalStore` callbacks). */
function subscriberCount(table: object): number {
  return (findTableSource(table) as unknown as { listeners: Set<unknown> }).listeners.size
}

async function collectGarbage(): Promise<void> {
  const gc = globalThis.gc
  expect(gc, 'run vitest with execArgv --expose-gc').toBeTypeOf('function')
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve, 0))
    gc?.()
  }
}

function mountGrid(strict: boolean, performance: boolean) {
  const seen: TableInstance<Person>[] = []
  let commits = 0
  function Grid() {
    const table = useGridEnhancedTable({
      data: people,
      columns: peopleColumns,
      features: { performance },
    })
    seen.push(table)
    return <TableBody table={table} />
  }
  const tree = (
    <Profiler id="grid" onRender={() => commits++}>
      <Grid />
    </Profiler>
  )
  const result = render(strict ? <StrictMode>{tree}</StrictMode> : tree)
  return { seen, commits: () => commits, unmount: result.unmount }
}

describe('useGridEnhancedTable under StrictMode', () => {
  it('keeps one table and one subscription through the double mount', async () => {
    const { seen, commits } = mountGrid(true, true)
    await act(async () => {
      await Promise.resolve()
    })
    const table = seen.at(-1)!
    // Every render of the mounted component saw the same table (the double-invoked
    // initializer's other table was never used).
    expect(new Set(seen.map((view) => view.id)).size).toBe(1)
    expect(table.getIsDestroyed()).toBe(false)
    expect(subscriberCount(table)).toBe(1)
    const before = commits()
    act(() => table.toggleSorting('age'))
    expect(commits() - before).toBe(1)
  })

  it('destroys the table on unmount, and the table, rows and monitor are collected', async () => {
    // Everything that touches the table stays inside this function, so the test itself
    // holds nothing but WeakRefs when it collects garbage.
    async function mountAndUnmount() {
      const { seen, unmount } = mountGrid(true, true)
      await act(async () => {
        await Promise.resolve()
      })
      const table = seen.at(-1)!
      const refs = {
        table: new WeakRef(findTableSource(table)!.table),
        monitor: new WeakRef(table.metrics!),
        row: new WeakRef(table.getRowModel().rows[0]!),
      }
      let destroyed = 0
      table.on('table:destroy', () => destroyed++)
      unmount()
      await act(async () => {
        await Promise.resolve()
      })
      expect(destroyed).toBe(1)
      expect(table.getIsDestroyed()).toBe(true)
      expect(subscriberCount(table)).toBe(0)
      seen.length = 0
      return refs
    }
    const refs = await mountAndUnmount()
    await collectGarbage()
    expect(refs.table.deref()).toBeUndefined()
    expect(refs.monitor.deref()).toBeUndefined()
    expect(refs.row.deref()).toBeUndefined()
  })

  it('leaves no alert timer behind after unmount (a queued alert is cancelled)', async () => {
    const sent: string[] = []
    function Grid() {
      const table = useGridEnhancedTable({
        data: people,
        columns: peopleColumns,
        features: {
          performance: {
            budgets: { sorting: 0.000001 },
            alerts: {
              destinations: [(violation) => void sent.push(violation.operation)],
              dispatcher: { cooldownMs: 0 },
            },
          },
        },
      })
      return (
        <button onClick={() => table.toggleSorting('name')}>
          {table.getRowModel().rows.length}
        </button>
      )
    }
    const { getByRole, unmount } = render(<Grid />)
    act(() => getByRole('button').click())
    // The violation is queued for delivery; unmounting before it leaves cancels it.
    unmount()
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20))
    })
    expect(sent).toEqual([])
  })
})
