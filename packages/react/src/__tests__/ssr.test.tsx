// @vitest-environment node
import type { ColumnDef } from '@gridkit/core'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useGridEnhancedTable } from '../useGridEnhancedTable'
import { makePeople, type Person } from './fixture'

const people = makePeople(30)
const columns: ColumnDef<Person>[] = [{ accessorKey: 'id' }, { accessorKey: 'age' }]

afterEach(() => {
  vi.restoreAllMocks()
})

function SortedGrid({ alerts }: { alerts: (operation: string) => void }) {
  const table = useGridEnhancedTable({
    data: people,
    columns,
    initialState: {
      sorting: [{ id: 'age', desc: true }],
      pagination: { pageIndex: 0, pageSize: 5 },
    },
    features: {
      performance: {
        // Every build breaks these budgets, so a violation happens during the server render.
        budgets: { rowModelBuild: 0.000001, sorting: 0.000001 },
        alerts: { destinations: [(violation) => alerts(violation.operation)] },
        userTiming: true,
        memory: { leakDetection: 'full' },
      },
    },
  })
  const rows = table.getRowModel().rows
  return (
    <ol data-count={table.metrics.getOperationStats('rowModelBuild')?.count ?? 0}>
      {rows.map((row) => (
        <li key={row.id}>{String(row.getValue('age'))}</li>
      ))}
    </ol>
  )
}

describe('server rendering', () => {
  it('renders the sorted page and starts no timer, request, measure or alert', async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout')
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval')
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const measureSpy = vi.spyOn(performance, 'measure')
    const sent: string[] = []
    const html = renderToString(<SortedGrid alerts={(operation) => sent.push(operation)} />)
    expect(setTimeoutSpy).not.toHaveBeenCalled()
    expect(setIntervalSpy).not.toHaveBeenCalled()
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(measureSpy).not.toHaveBeenCalled()
    // Stats are still recorded on the server: the build was measured.
    expect(html).toContain('data-count="1"')
    const ages = [...html.matchAll(/<li>(\d+)<\/li>/g)].map((match) => Number(match[1]))
    const expected = people
      .map((person) => person.age)
      .sort((a, b) => b - a)
      .slice(0, 5)
    expect(ages).toEqual(expected)
    await new Promise<void>((resolve) => {
      setImmediate(resolve)
    })
    expect(sent).toEqual([])
  })
})
