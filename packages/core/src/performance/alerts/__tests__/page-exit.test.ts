// Issue 10 §5: alerts queued when the page is hidden or closed are delivered through each
// destination's synchronous exit path (a beacon), or handed to a vendor SDK's own.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import type { BudgetViolation } from '../../types/metrics'
import { AlertDispatcher } from '../AlertDispatcher'
import { createHttpAlertDestination } from '../http'
import { watchPageExit } from '../page-exit'
import { ManualScheduler } from './manual-scheduler'
import { violation } from './violations'

/** A window-like scope: an EventTarget with a document whose visibility a test sets. */
function fakePage() {
  const window = new EventTarget()
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' })
  return { scope: Object.assign(window, { document }), window, document }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('watchPageExit', () => {
  it('fires on pagehide and on visibilitychange to hidden, and stops when asked', () => {
    const page = fakePage()
    const onExit = vi.fn()
    const stop = watchPageExit(onExit, page.scope)
    page.window.dispatchEvent(new Event('pagehide'))
    page.document.dispatchEvent(new Event('visibilitychange')) // still visible
    page.document.visibilityState = 'hidden'
    page.document.dispatchEvent(new Event('visibilitychange'))
    expect(onExit).toHaveBeenCalledTimes(2)
    stop()
    page.window.dispatchEvent(new Event('pagehide'))
    expect(onExit).toHaveBeenCalledTimes(2)
  })

  it('does nothing outside a browser', () => {
    const onExit = vi.fn()
    expect(() => {
      watchPageExit(onExit, {})()
    }).not.toThrow()
  })
})

describe('AlertDispatcher on page exit', () => {
  it('sends what is queued in one exit batch per destination that has an exit path', () => {
    const page = fakePage()
    vi.stubGlobal('addEventListener', page.window.addEventListener.bind(page.window))
    vi.stubGlobal('removeEventListener', page.window.removeEventListener.bind(page.window))
    vi.stubGlobal('document', page.document)
    const scheduler = new ManualScheduler()
    const dispatcher = new AlertDispatcher({ scheduler, now: scheduler.now, onError: () => {} })
    const batches: (readonly BudgetViolation[])[] = []
    const viaSend: BudgetViolation[] = []
    dispatcher.add({
      id: 'beacon',
      send: () => new Promise<void>(() => {}),
      sendOnExit: (violations: readonly BudgetViolation[]) => {
        batches.push(violations)
        return true
      },
    })
    dispatcher.add({ id: 'sdk', send: (v: BudgetViolation) => void viaSend.push(v) })
    dispatcher.add({ id: 'refused', send: () => undefined, sendOnExit: () => false })
    dispatcher.enqueue(violation({ operation: 'a' }))
    dispatcher.enqueue(violation({ operation: 'b' }))
    page.window.dispatchEvent(new Event('pagehide'))
    expect(batches.map((batch) => batch.map((v) => v.operation))).toEqual([['a', 'b']])
    expect(viaSend.map((v) => v.operation)).toEqual(['a', 'b']) // handed to the SDK at once
    expect(dispatcher.getQueueStats().queued).toBe(0) // nothing waits for the drain timer
    const stats = new Map(dispatcher.getStats().map((s) => [s.id, s]))
    expect(stats.get('beacon')).toMatchObject({ delivered: 2, failed: 0 })
    expect(stats.get('refused')).toMatchObject({ delivered: 0, failed: 2 })
    dispatcher.dispose()
    dispatcher.enqueue(violation({ operation: 'c' }))
    page.window.dispatchEvent(new Event('pagehide')) // no longer watched after dispose
    expect(batches).toHaveLength(1)
  })

  it('a throwing exit path is reported and counted, never thrown', () => {
    const onError = vi.fn()
    const dispatcher = new AlertDispatcher({ onError })
    dispatcher.add({
      id: 'broken',
      send: () => undefined,
      sendOnExit: () => {
        throw new Error('boom')
      },
    })
    dispatcher.enqueue(violation())
    expect(() => {
      dispatcher.flushOnExit()
    }).not.toThrow()
    expect(dispatcher.getStats()[0]).toMatchObject({ failed: 1 })
    expect(onError).toHaveBeenCalledTimes(1)
    dispatcher.dispose()
  })
})

describe('createHttpAlertDestination', () => {
  it('POSTs alert-safe fields as text/plain with keepalive', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })))
    vi.stubGlobal('fetch', fetch)
    const destination = createHttpAlertDestination({ url: 'http://127.0.0.1:9/alerts' })
    await destination.send({ ...violation(), secret: 'x' } as BudgetViolation)
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('http://127.0.0.1:9/alerts')
    expect(init).toMatchObject({ method: 'POST', keepalive: true })
    const body = JSON.parse(init.body as string) as { alerts: Record<string, unknown>[] }
    expect(body.alerts[0]?.operation).toBe('sort')
    expect(body.alerts[0]).not.toHaveProperty('secret')
  })

  it('rejects when the endpoint answers an error', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(null, { status: 500 })))
    const destination = createHttpAlertDestination({ url: 'http://127.0.0.1:9/alerts' })
    await expect(destination.send(violation())).rejects.toThrow('HTTP 500')
  })

  it('exits with sendBeacon on its navigator, else a keepalive fetch', () => {
    const beacons: [string, string][] = []
    const navigator = {
      sendBeacon(this: unknown, url: string, body: string) {
        if (this !== navigator) throw new TypeError('Illegal invocation')
        beacons.push([url, body])
        return true
      },
    }
    vi.stubGlobal('navigator', navigator)
    const destination = createHttpAlertDestination({ url: 'https://127.0.0.1:9/a' })
    expect(destination.sendOnExit?.([violation(), violation({ operation: 'b' })])).toBe(true)
    expect(beacons).toHaveLength(1)
    expect(JSON.parse(beacons[0]?.[1] ?? '{}')).toMatchObject({ alerts: [{}, { operation: 'b' }] })

    vi.stubGlobal('navigator', undefined)
    const fetch = vi.fn(() => Promise.reject(new Error('offline')))
    vi.stubGlobal('fetch', fetch)
    expect(destination.sendOnExit?.([violation()])).toBe(true)
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('refuses a url that is not http(s) at setup', () => {
    expect(() => createHttpAlertDestination({ url: 'ftp://x' })).toThrow(GridKitError)
    expect(() => createHttpAlertDestination({ url: 42 as unknown as string })).toThrow(/"url"/)
  })
})
