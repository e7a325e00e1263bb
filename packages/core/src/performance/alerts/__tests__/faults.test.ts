import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { BudgetViolation } from '../../types/metrics'
import { AlertDispatcher } from '../AlertDispatcher'
import { createCustomAlertDestination } from '../custom'
import { warnDeliveryError } from '../delivery-error'
import type { AlertErrorContext } from '../types'
import { ManualScheduler, settle } from './manual-scheduler'
import { type Receiver, startReceiver } from './receiver'
import { trapUnhandledRejections, violation } from './violations'

const SECRET = 'licensekeyABCDEF0123456789abcdef'

let trap: ReturnType<typeof trapUnhandledRejections>
let status500: Receiver
let destroying: Receiver

beforeAll(async () => {
  status500 = await startReceiver(() => ({ status: 500 }))
  destroying = await startReceiver(() => 'destroy')
})

afterAll(async () => {
  await Promise.all([status500.close(), destroying.close()])
})

afterEach(() => {
  trap.dispose()
  expect(trap.reasons).toEqual([])
})

/** A custom destination posting JSON with fetch, as an app would write one. */
function httpDestination(id: string, url: string) {
  return createCustomAlertDestination(
    async (v: BudgetViolation) => {
      const response = await fetch(`${url}?key=${SECRET}`, {
        method: 'POST',
        body: JSON.stringify(v),
      })
      if (!response.ok) throw new Error(`POST ${url}?key=${SECRET} answered ${response.status}`)
    },
    { id },
  )
}

describe('delivery faults', () => {
  it('isolates a throw, a rejection, a hang, HTTP 500 and a dropped connection', async () => {
    trap = trapUnhandledRejections()
    const scheduler = new ManualScheduler()
    const errors: [string, string][] = []
    const dispatcher = new AlertDispatcher({
      scheduler,
      now: scheduler.now,
      timeoutMs: 5000,
      onError: (error: unknown, context: AlertErrorContext) => {
        errors.push([context.destinationId, error instanceof Error ? error.name : typeof error])
      },
    })
    const good = vi.fn()
    dispatcher.add({
      id: 'throws',
      send: () => {
        throw new Error('boom')
      },
    })
    dispatcher.add({ id: 'rejects', send: () => Promise.reject(new TypeError('nope')) })
    dispatcher.add({ id: 'hangs', send: () => new Promise<void>(() => {}) })
    dispatcher.add({
      id: 'rejects-late',
      send: () =>
        new Promise<void>((_r, reject) => {
          setTimeout(() => {
            reject(new Error('late'))
          }, 1)
        }),
    })
    dispatcher.add(httpDestination('http500', status500.origin))
    dispatcher.add(httpDestination('dropped', destroying.origin))
    dispatcher.add({ id: 'good', send: good })

    expect(() => {
      dispatcher.enqueue(violation())
    }).not.toThrow()
    await scheduler.advance(0)
    await status500.waitFor(() => true)
    await destroying.waitFor(() => true)
    // Wait for the HTTP sends to settle without advancing the injected clock.
    for (let i = 0; i < 200 && dispatcher.getQueueStats().inFlight > 1; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    expect(dispatcher.getQueueStats().inFlight).toBe(1)
    await scheduler.advance(5000)
    expect(dispatcher.getQueueStats().inFlight).toBe(0)

    const stats = Object.fromEntries(dispatcher.getStats().map((s) => [s.id, s]))
    expect(stats.throws).toMatchObject({ failed: 1, timedOut: 0, lastError: 'Error: boom' })
    expect(stats.rejects).toMatchObject({ failed: 1, lastError: 'TypeError: nope' })
    expect(stats.hangs).toMatchObject({ failed: 1, timedOut: 1 })
    expect(stats.hangs?.lastError).toMatch(/did not settle within 5000 ms/)
    expect(stats['rejects-late']).toMatchObject({ failed: 1, lastError: 'Error: late' })
    expect(stats.http500).toMatchObject({ failed: 1 })
    expect(stats.http500?.lastError).toContain('answered 500')
    expect(stats.dropped).toMatchObject({ failed: 1 })
    expect(stats.good).toMatchObject({ delivered: 1, failed: 0 })
    expect(good).toHaveBeenCalledTimes(1)
    for (const s of Object.values(stats)) expect(s.lastError ?? '').not.toContain(SECRET)
    expect(errors.map(([id]) => id).sort()).toEqual(
      ['dropped', 'hangs', 'http500', 'rejects', 'rejects-late', 'throws'].sort(),
    )
    expect(errors.find(([id]) => id === 'hangs')?.[1]).toBe('TimeoutError')
  }, 20_000)

  it('swallows an onError that throws and a send that rejects after its timeout', async () => {
    trap = trapUnhandledRejections()
    const scheduler = new ManualScheduler()
    let rejectLate: (reason: unknown) => void = () => {}
    const dispatcher = new AlertDispatcher({
      scheduler,
      now: scheduler.now,
      timeoutMs: 100,
      onError: () => {
        throw new Error('hook broke')
      },
    })
    dispatcher.add({
      id: 'slow',
      send: () =>
        new Promise<void>((_resolve, reject) => {
          rejectLate = reject
        }),
    })
    dispatcher.add({
      id: 'sync-throw',
      send: () => {
        // Apps do throw non-errors; the dispatcher must describe them too.
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw 'a string'
      },
    })
    dispatcher.enqueue(violation())
    await scheduler.advance(100)
    rejectLate(new Error('after timeout'))
    await settle()
    const stats = dispatcher.getStats()
    expect(stats[0]).toMatchObject({ failed: 1, timedOut: 1 })
    expect(stats[1]).toMatchObject({ failed: 1, lastError: 'a string' })
  })

  it('reports through console.warn by default, once per destination, without secrets', async () => {
    trap = trapUnhandledRejections()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      const dispatcher = new AlertDispatcher()
      dispatcher.add(httpDestination('http500', status500.origin))
      dispatcher.enqueue(violation({ operation: 'filter' }))
      dispatcher.enqueue(violation({ operation: 'sort' }))
      dispatcher.enqueue(violation({ operation: 'group' }))
      expect(await dispatcher.flush(15_000)).toBe(true)
      // Three failures counted, one line printed (a blocked vendor must not flood the console).
      expect(dispatcher.getStats()[0]).toMatchObject({ failed: 3 })
      expect(warn).toHaveBeenCalledTimes(1)
      const line = String(warn.mock.calls[0]?.[0])
      expect(line).toContain('Alert delivery to "http500" failed for operation "filter"')
      expect(line).not.toContain(SECRET)
      warnDeliveryError(42, { destinationId: 'x', operation: 'y' })
      expect(String(warn.mock.calls[1]?.[0])).toContain('non-error value (number)')
    } finally {
      warn.mockRestore()
    }
  }, 20_000)
})
