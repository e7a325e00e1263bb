import { act, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { TableInstance } from '@gridkit/core'
import { usePerformanceMetrics } from '../usePerformanceMetrics'
import { useGridEnhancedTable } from '../useGridEnhancedTable'
import { makePeople, peopleColumns, type Person } from './fixture'

const people = makePeople(20)

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

function mountPanel(performance: boolean, operations?: string[]) {
  const panel = { renders: 0, last: '' }
  let table: TableInstance<Person> | undefined
  function Panel({ of }: { of: TableInstance<Person> }) {
    panel.renders++
    const stats = usePerformanceMetrics(of, operations, { intervalMs: 500 })
    panel.last = stats.map((entry) => `${entry.operation}:${entry.count}`).join(',')
    return null
  }
  function Grid() {
    table = useGridEnhancedTable({
      data: people,
      columns: peopleColumns,
      features: { performance },
    })
    return <Panel of={table} />
  }
  render(<Grid />)
  return { panel, table: () => table! }
}

describe('usePerformanceMetrics', () => {
  it('re-renders at most once per interval, not per sample, and only on change', () => {
    const { panel, table } = mountPanel(true, ['sorting'])
    const rendersAtMount = panel.renders
    expect(panel.last).toBe('')
    act(() => {
      for (let index = 0; index < 100; index++) table().metrics!.trackOperation('sorting', 1)
    })
    expect(panel.renders).toBe(rendersAtMount)
    act(() => {
      vi.advanceTimersByTime(499)
    })
    expect(panel.renders).toBe(rendersAtMount)
    act(() => {
      vi.advanceTimersByTime(1)
    })
    expect(panel.renders).toBe(rendersAtMount + 1)
    expect(panel.last).toBe('sorting:100')
    act(() => {
      vi.advanceTimersByTime(5000)
    })
    expect(panel.renders).toBe(rendersAtMount + 1)
  })

  it('reads every operation when none are named', () => {
    const { panel, table } = mountPanel(true)
    act(() => {
      table().metrics!.trackOperation('custom', 2)
      vi.advanceTimersByTime(500)
    })
    expect(panel.last).toContain('custom:1')
  })

  it('is empty and starts no timer without a monitor', () => {
    const { panel } = mountPanel(false)
    expect(panel.last).toBe('')
    expect(vi.getTimerCount()).toBe(0)
  })
})
