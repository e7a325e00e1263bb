import { act, render } from '@testing-library/react'
import { StrictMode, useEffect, useState } from 'react'
import { describe, expect, it } from 'vitest'
import type { TableInstance } from '@gridkit/core'
import { useGridEnhancedTable } from '../useGridEnhancedTable'
import { makePeople, peopleColumns, type Person } from './fixture'

const people = makePeople(20)

/** A grid that calls `table.on('sorting:change', ...)` in its body, as the spec's example does. */
function mountBodyHandler(options: { strict?: boolean; listen?: () => boolean } = {}) {
  const calls: number[] = []
  let renders = 0
  let table: TableInstance<Person> | undefined
  let rerender: (() => void) | undefined
  function Grid() {
    renders++
    const render = renders
    const [count, setCount] = useState(0)
    rerender = () => setCount(count + 1)
    table = useGridEnhancedTable({ data: people, columns: peopleColumns })
    if (options.listen?.() ?? true) {
      table.on('sorting:change', () => calls.push(render))
    }
    return <span>{table.getRowModel().rows.length}</span>
  }
  const tree =
    options.strict === true ? (
      <StrictMode>
        <Grid />
      </StrictMode>
    ) : (
      <Grid />
    )
  render(tree)
  return {
    calls,
    renders: () => renders,
    table: () => table!,
    rerender: () => act(() => rerender!()),
    sort: (desc: boolean) => act(() => table!.setSorting([{ id: 'age', desc }])),
  }
}

describe('table.on called while the component renders', () => {
  it('keeps one handler however many times the component rendered, the latest render’s', () => {
    const grid = mountBodyHandler()
    for (let index = 0; index < 4; index++) grid.rerender()
    grid.sort(false)
    // One call, by the handler of the render before the sort (render 5); subscribing at each
    // render would have called 5 handlers.
    expect(grid.calls).toEqual([5])
    grid.sort(true)
    expect(grid.calls).toEqual([5, 6])
  })

  it('subscribes nothing for the render StrictMode throws away', () => {
    const grid = mountBodyHandler({ strict: true })
    grid.sort(false)
    expect(grid.calls).toHaveLength(1)
  })

  it('drops the handler once a committed render no longer registers it', () => {
    let listen = true
    const grid = mountBodyHandler({ listen: () => listen })
    listen = false
    grid.rerender()
    grid.sort(false)
    expect(grid.calls).toEqual([])
    listen = true
    grid.rerender()
    grid.sort(true)
    expect(grid.calls).toHaveLength(1)
  })

  it('returns an unsubscribe that works before and after the commit', () => {
    const seen: string[] = []
    let table: TableInstance<Person> | undefined
    let stopLater: (() => void) | undefined
    function Grid() {
      table = useGridEnhancedTable({ data: people, columns: peopleColumns })
      const stopAtOnce = table.on('sorting:change', () => seen.push('removed in render'))
      stopAtOnce()
      stopLater = table.on('sorting:change', () => seen.push('kept'))
      return null
    }
    render(<Grid />)
    act(() => table!.setSorting([{ id: 'age', desc: false }]))
    expect(seen).toEqual(['kept'])
    stopLater!()
    act(() => table!.setSorting([{ id: 'age', desc: true }]))
    expect(seen).toEqual(['kept'])
  })

  it('leaves table.on in effects and event handlers as the table’s own', () => {
    const seen: number[] = []
    let table: TableInstance<Person> | undefined
    let stop: (() => void) | undefined
    function Grid() {
      table = useGridEnhancedTable({ data: people, columns: peopleColumns })
      const view = table
      useEffect(() => view.on('sorting:change', () => seen.push(1)), [view])
      return null
    }
    render(<Grid />)
    // Outside render: subscribed at once, and kept across renders until unsubscribed.
    act(() => {
      stop = table!.on('sorting:change', () => seen.push(2))
    })
    act(() => table!.setSorting([{ id: 'age', desc: false }]))
    expect(seen.sort()).toEqual([1, 2])
    stop!()
    act(() => table!.setSorting([{ id: 'age', desc: true }]))
    expect(seen.sort()).toEqual([1, 1, 2])
  })
})
