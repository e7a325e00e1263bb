import { act } from '@testing-library/react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import type { TableInstance } from '@gridkit/core'
import { useGridEnhancedTable } from '../useGridEnhancedTable'
import { makePeople, peopleColumns, TableBody, type Person } from './fixture'

// Many equal names: the sorted order depends on how ties are broken, on server and client alike.
const people = makePeople(60)

describe('hydration', () => {
  it('hydrates a server-rendered sorted table without a mismatch, then updates', () => {
    let table: TableInstance<Person> | undefined
    function Grid() {
      table = useGridEnhancedTable({
        data: people,
        columns: peopleColumns,
        initialState: {
          sorting: [{ id: 'name', desc: false }],
          pagination: { pageIndex: 0, pageSize: 20 },
        },
        features: { performance: true },
      })
      return <TableBody table={table} />
    }
    const html = renderToString(<Grid />)
    const container = document.createElement('div')
    container.innerHTML = html
    document.body.append(container)
    const recoverable: unknown[] = []
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      let root: Root | undefined
      act(() => {
        root = hydrateRoot(container, <Grid />, {
          onRecoverableError: (error) => recoverable.push(error),
        })
      })
      expect(recoverable).toEqual([])
      expect(consoleError).not.toHaveBeenCalled()
      expect(container.innerHTML).toBe(html)
      act(() => table!.toggleSorting('name'))
      expect(container.innerHTML).not.toBe(html)
      act(() => root!.unmount())
    } finally {
      consoleError.mockRestore()
      container.remove()
    }
  })
})
