// Issue 10 §2: browsers throw "Illegal invocation" when a Window method runs with another
// `this` (Node does not). Every global the package calls is replaced here by a function that
// throws like a browser does, and a monitored table runs its whole path: idle build, budget
// violation to table.on, User Timing, alerts and their flush.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { BudgetViolation } from '../../types/metrics'
import { createTable } from '../create-monitored-table'
import { columns, generateData } from './fixture'

/** A stand-in for a Window method: throws unless `this` is the global object or undefined. */
function windowMethod<A extends unknown[], R>(name: string, real: (...args: A) => R) {
  return function (this: unknown, ...args: A): R {
    if (this !== undefined && this !== globalThis)
      throw new TypeError(`Illegal invocation (${name})`)
    return real(...args)
  }
}

/** A stand-in for a method of `owner`: throws unless called on it. */
function boundMethod<A extends unknown[], R>(owner: object, real: (...args: A) => R) {
  return function (this: unknown, ...args: A): R {
    if (this !== owner) throw new TypeError('Illegal invocation')
    return real(...args)
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('globals are never called with a foreign `this`', () => {
  it('a monitored table runs its whole path under browser-strict globals', async () => {
    const idle: (() => void)[] = []
    const realSetTimeout = globalThis.setTimeout
    const realClearTimeout = globalThis.clearTimeout
    const realQueueMicrotask = globalThis.queueMicrotask
    vi.stubGlobal('queueMicrotask', windowMethod('queueMicrotask', realQueueMicrotask))
    vi.stubGlobal('setTimeout', windowMethod('setTimeout', realSetTimeout))
    vi.stubGlobal('clearTimeout', windowMethod('clearTimeout', realClearTimeout))
    vi.stubGlobal(
      'requestIdleCallback',
      windowMethod('requestIdleCallback', (callback: () => void) => idle.push(callback)),
    )
    vi.stubGlobal(
      'cancelIdleCallback',
      windowMethod('cancelIdleCallback', () => undefined),
    )
    vi.stubGlobal(
      'fetch',
      windowMethod('fetch', () => Promise.resolve(new Response(null, { status: 204 }))),
    )
    const realNow = performance.now.bind(performance)
    const now = vi.spyOn(performance, 'now').mockImplementation(boundMethod(performance, realNow))

    const sent: BudgetViolation[] = []
    const table = createTable({
      data: generateData(300),
      columns,
      features: {
        performance: {
          budgets: { sorting: 1e-9 },
          userTiming: true,
          alerts: { destinations: [(violation: BudgetViolation) => void sent.push(violation)] },
        },
      },
    })
    const seen: string[] = []
    table.on('performance:budgetViolation', (event) => seen.push(event.payload.operation))
    table.setSorting([{ id: 'name', desc: false }])
    expect(idle).toHaveLength(1)
    idle[0]?.()
    await vi.waitFor(() => {
      expect(seen).toEqual(['sorting'])
    })
    expect(await table.metrics.flushAlerts(1000)).toBe(true)
    expect(sent.map((violation) => violation.operation)).toEqual(['sorting'])
    expect(now).toHaveBeenCalled()
    table.destroy()
  })
})
