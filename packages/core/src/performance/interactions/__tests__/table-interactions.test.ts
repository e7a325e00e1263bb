import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { TableEvent } from '../../../events/types'
import { createTable } from '../../integration/create-monitored-table'
import { columns, generateData } from '../../integration/__tests__/fixture'
import type { BudgetViolation } from '../../types/metrics'
import { getRecentInteractions } from '../observeInteractions'
import { eventEntry, fakeObservers, type FakeObservers } from './fakeObserver'

let observers: FakeObservers

beforeEach(() => {
  observers = fakeObservers()
  vi.stubGlobal('PerformanceObserver', observers.Observer)
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** Runs `work` as the handler of a click: the entry spans it, as the browser's would. */
function click(interactionId: number, work: () => void): void {
  const start = performance.now()
  work()
  const end = performance.now()
  observers.deliver('event', [
    eventEntry({
      interactionId,
      startTime: start - 2,
      processingStart: start,
      processingEnd: end,
      duration: end - start + 40,
    }),
  ])
  vi.advanceTimersByTime(50)
}

describe('features.performance.interactions on a table', () => {
  it('attributes a click to the sort it ran and reaches table.on with the breakdown', async () => {
    const table = createTable({
      id: 'orders',
      data: generateData(2000),
      columns,
      features: { performance: { budgets: { interaction: 16 } } },
    })
    const events: TableEvent<'performance:budgetViolation'>[] = []
    table.on('performance:budgetViolation', (event) => events.push(event))
    table.getRowModel()
    click(1, () => {
      table.setSorting([{ id: 'name', desc: false }])
      table.getRowModel()
    })
    await Promise.resolve()
    const violation = events.find((e) => e.payload.operation === 'interaction')?.payload
    expect(violation?.tableId).toBe('orders')
    const sorting = violation?.attribution?.operations.find((op) => op.operation === 'sorting')
    expect(sorting).toMatchObject({ tableId: 'orders', rowCount: 2000, count: 1 })
    expect(sorting?.durationMs).toBeLessThanOrEqual(
      violation?.attribution?.processingDurationMs ?? 0,
    )
    expect(violation?.attribution?.message).toMatch(
      /^click took \d+ ms: sorting \d+ ms on 2,000 rows of table orders/,
    )
    expect(table.metrics.getOperationStats('interaction')?.count).toBe(1)
  })

  it('attributes each table its own work on a shared page, and disconnects on destroy', () => {
    const a = createTable({
      id: 'a',
      data: generateData(500),
      columns,
      features: { performance: true },
    })
    const b = createTable({
      id: 'b',
      data: generateData(500),
      columns,
      features: { performance: true },
    })
    expect(observers.active('event')).toBe(2)
    click(7, () => {
      a.setGlobalFilter('item1')
      a.getRowModel()
    })
    const [ofA] = getRecentInteractions(a.metrics)
    const [ofB] = getRecentInteractions(b.metrics)
    expect(ofA?.tableIds).toEqual(['a'])
    expect(ofA?.operations.map((op) => op.operation)).toContain('filtering')
    expect(ofB?.touchedTable).toBe(false)
    const violationsOfB: BudgetViolation[] = b.metrics.getViolations()
    expect(violationsOfB).toEqual([])
    a.destroy()
    b.destroy()
    expect(observers.active('event')).toBe(0)
    expect(observers.active('long-animation-frame')).toBe(0)
  })

  it('is absent when turned off, and validated beside a shared monitor', () => {
    const table = createTable({
      data: generateData(10),
      columns,
      features: { performance: { interactions: false } },
    })
    expect(observers.active('event')).toBe(0)
    expect(table.metrics.getBudget('interaction')).toBeUndefined()
    expect(() =>
      createTable({
        data: [],
        columns,
        features: {
          performance: { monitor: table.metrics, interactions: { maxInteractions: -1 } },
        },
      }),
    ).toThrow(
      'features.performance.interactions.maxInteractions must be an integer from 1 to 10000; got -1.',
    )
  })
})

describe('features.performance.interactions in Node', () => {
  it('records nothing and throws nothing where Event Timing is unsupported', () => {
    vi.unstubAllGlobals()
    const table = createTable({
      data: generateData(100),
      columns,
      features: { performance: { interactions: { durationThreshold: 50 } } },
    })
    table.setSorting([{ id: 'name', desc: false }])
    table.getRowModel()
    expect(table.metrics.getBudget('interaction')).toBeUndefined()
    expect(table.metrics.getOperationStats('interaction')).toBeUndefined()
    expect(getRecentInteractions(table.metrics)).toEqual([])
    table.destroy()
  })
})
