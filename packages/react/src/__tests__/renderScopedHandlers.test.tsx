import { act, render } from '@testing-library/react'
import { memo, StrictMode, useEffect, useLayoutEffect, useRef, useState } from 'react'
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

  it('keeps a subscription that a later render does not make again (made once, in a ref)', () => {
    const seen: number[] = []
    let table: TableInstance<Person> | undefined
    let rerender: (() => void) | undefined
    function Grid() {
      const [count, setCount] = useState(0)
      rerender = () => setCount(count + 1)
      const subscribed = useRef(false)
      table = useGridEnhancedTable({ data: people, columns: peopleColumns })
      if (!subscribed.current) {
        subscribed.current = true
        table.on('sorting:change', () => seen.push(count))
      }
      return null
    }
    render(<Grid />)
    act(() => rerender!())
    act(() => rerender!())
    act(() => table!.setSorting([{ id: 'age', desc: false }]))
    expect(seen).toEqual([0])
  })

  it("an earlier render's unsubscribe (an effect's cleanup) leaves the current handler", () => {
    const seen: string[] = []
    let table: TableInstance<Person> | undefined
    function Grid() {
      table = useGridEnhancedTable({ data: people, columns: peopleColumns })
      const off = table.on('sorting:change', () => seen.push('sorted'))
      // The pattern that avoided one handler per render before: clean up the previous one.
      useEffect(() => off, [off])
      return null
    }
    render(<Grid />)
    for (const desc of [false, true, false, true]) {
      act(() => table!.setSorting([{ id: 'age', desc }]))
    }
    expect(seen).toEqual(['sorted', 'sorted', 'sorted', 'sorted'])
  })

  it('off removes a handler registered during render', () => {
    const seen: string[] = []
    const handler = () => seen.push('sorted')
    let table: TableInstance<Person> | undefined
    function Grid() {
      table = useGridEnhancedTable({ data: people, columns: peopleColumns })
      table.on('sorting:change', handler)
      return null
    }
    render(<Grid />)
    act(() => table!.off('sorting:change', handler))
    act(() => table!.setSorting([{ id: 'age', desc: false }]))
    expect(seen).toEqual([])
  })

  it("reaches a child's layout effect that changes the table during the same commit", () => {
    const seen: string[] = []
    function SortOnMount({ table }: { table: TableInstance<Person> }) {
      useLayoutEffect(() => {
        table.setSorting([{ id: 'age', desc: true }])
      }, [table])
      return null
    }
    function Grid() {
      const table = useGridEnhancedTable({ data: people, columns: peopleColumns })
      table.on('sorting:change', () => seen.push('sorted'))
      return <SortOnMount table={table} />
    }
    render(<Grid />)
    expect(seen).toEqual(['sorted'])
  })

  it('keeps the handler of a memoized child that did not render again', () => {
    const seen: string[] = []
    let table: TableInstance<Person> | undefined
    let rerender: (() => void) | undefined
    const Child = memo(function Child({ view }: { view: TableInstance<Person> }) {
      view.on('sorting:change', () => seen.push('child'))
      return null
    })
    let first: TableInstance<Person> | undefined
    function Grid() {
      const [count, setCount] = useState(0)
      rerender = () => setCount(count + 1)
      table = useGridEnhancedTable({ data: people, columns: peopleColumns })
      first ??= table
      table.on('sorting:change', () => seen.push('parent'))
      // The child gets the first view, so it does not render when the parent does.
      return <Child view={first} />
    }
    render(<Grid />)
    act(() => rerender!())
    act(() => table!.setSorting([{ id: 'age', desc: false }]))
    expect(seen.sort()).toEqual(['child', 'parent'])
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
