// Bundled by react-18.test.ts with `react` and `react-dom` aliased to React 18.3: the same
// hook source, driven by React 18's own createRoot, act, StrictMode and hydrateRoot.
import { act, Profiler, StrictMode, useEffect, useState, version } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import type { TableInstance } from '@gridkit/core'
import { useGridEnhancedTable } from '../useGridEnhancedTable'
import { makePeople, peopleColumns, TableBody, type Person } from './fixture'

/** What the React 18 run observed. */
export interface React18Result {
  version: string
  commitsPerSort: number
  commitsPerDataChange: number
  tableIds: number
  destroyedWhileMounted: boolean
  destroyedAfterUnmount: boolean
  hydrationErrors: number
  hydratedSame: boolean
}

/** Mounts a grid in StrictMode, sorts, changes data, unmounts; then hydrates a sorted table. */
export async function runWithReact18(): Promise<React18Result> {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  let commits = 0
  let table: TableInstance<Person> | undefined
  let setData: ((data: Person[]) => void) | undefined
  const ids = new Set<string>()
  function Grid() {
    const [data, set] = useState(() => makePeople(30))
    setData = set
    table = useGridEnhancedTable({
      data,
      columns: peopleColumns,
      initialState: { sorting: [{ id: 'name', desc: false }] },
      features: { performance: true },
    })
    const shown = table
    // Committed tables only: React 18's StrictMode re-runs a mount render with fresh hooks, so
    // a discarded render may create (and drop, unsubscribed) a table of its own.
    useEffect(() => {
      ids.add(shown.id)
    })
    return <TableBody table={table} />
  }
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  await act(async () => {
    root.render(
      <StrictMode>
        <Profiler id="grid" onRender={() => commits++}>
          <Grid />
        </Profiler>
      </StrictMode>,
    )
    await Promise.resolve()
  })
  const mounted = table!
  let before = commits
  act(() => mounted.toggleSorting('age'))
  const commitsPerSort = commits - before
  before = commits
  act(() => setData!(makePeople(8, 3)))
  const commitsPerDataChange = commits - before
  const destroyedWhileMounted = mounted.getIsDestroyed()
  const tableIds = ids.size
  await act(async () => {
    root.unmount()
    await Promise.resolve()
  })
  const destroyedAfterUnmount = mounted.getIsDestroyed()
  container.remove()

  const html = renderToString(<Grid />)
  const hydrated = document.createElement('div')
  hydrated.innerHTML = html
  document.body.append(hydrated)
  let hydrationErrors = 0
  let hydratedRoot: ReturnType<typeof hydrateRoot> | undefined
  act(() => {
    hydratedRoot = hydrateRoot(hydrated, <Grid />, { onRecoverableError: () => hydrationErrors++ })
  })
  const hydratedSame = hydrated.innerHTML === html
  act(() => hydratedRoot!.unmount())
  hydrated.remove()
  return {
    version,
    commitsPerSort,
    commitsPerDataChange,
    tableIds,
    destroyedWhileMounted,
    destroyedAfterUnmount,
    hydrationErrors,
    hydratedSame,
  }
}
