import * as Sentry from '@sentry/browser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AlertDispatcher } from '../AlertDispatcher'
import { resolveAlertsConfig } from '../config'
import { NO_PAGE_SENTRY, PageSentryAlertDestination, findPageSentry } from '../sentry-page'
import { type Receiver, startReceiver } from './receiver'
import { trapUnhandledRejections, violation } from './violations'

/** A scope double that records what it was asked to capture. */
function scope(withClient = true) {
  const captured: unknown[][] = []
  const client = withClient ? {} : undefined
  return {
    captured,
    getClient: () => client,
    captureMessage: (...args: unknown[]) => captured.push(args),
  }
}

describe('findPageSentry (fake carriers)', () => {
  it('is undefined without a carrier, or with one that has no client', () => {
    expect(findPageSentry({})).toBeUndefined()
    expect(findPageSentry({ __SENTRY__: 'x' })).toBeUndefined()
    expect(
      findPageSentry({
        __SENTRY__: { version: '11.0.0', '11.0.0': { defaultCurrentScope: scope(false) } },
      }),
    ).toBeUndefined()
    const throwing = {
      getClient: () => {
        throw new Error('no')
      },
      captureMessage: () => 0,
    }
    expect(
      findPageSentry({
        __SENTRY__: { version: '9.1.0', '9.1.0': { defaultCurrentScope: throwing } },
      }),
    ).toBeUndefined()
  })

  it('takes the scope Sentry.captureMessage would use: strategy, then stack, then default', () => {
    const fromAcs = scope()
    const fromStack = scope()
    const fallback = scope()
    const entry = {
      acs: { getCurrentScope: () => fromAcs },
      stack: { getScope: () => fromStack },
      defaultCurrentScope: fallback,
    }
    expect(findPageSentry({ __SENTRY__: { version: '10.0.0', '10.0.0': entry } })).toBe(fromAcs)
    const noAcs = { stack: entry.stack, defaultCurrentScope: fallback }
    expect(findPageSentry({ __SENTRY__: { version: '10.0.0', '10.0.0': noAcs } })).toBe(fromStack)
    const onlyDefault = { defaultCurrentScope: fallback }
    expect(findPageSentry({ __SENTRY__: { version: '8.0.0', '8.0.0': onlyDefault } })).toBe(
      fallback,
    )
  })

  it('falls back to another SDK copy with a client, then to a v7 hub', () => {
    const other = scope()
    const carrier = {
      version: '11.0.0',
      '11.0.0': { defaultCurrentScope: scope(false) },
      '10.5.0': { defaultCurrentScope: other },
    }
    expect(findPageSentry({ __SENTRY__: carrier })).toBe(other)
    const hub = scope()
    expect(findPageSentry({ __SENTRY__: { hub } })).toBe(hub)
    expect(findPageSentry({ __SENTRY__: { hub: scope(false) } })).toBeUndefined()
  })
})

describe('PageSentryAlertDestination', () => {
  it('captures on the scope found at send time, with level and capture context', async () => {
    const page: { __SENTRY__?: unknown } = {}
    const destination = new PageSentryAlertDestination({ id: 'app-sentry' }, page)
    expect(destination).toMatchObject({ id: 'app-sentry', type: 'sentry' })
    await expect(destination.send(violation())).rejects.toThrow(NO_PAGE_SENTRY)
    // Sentry.init after the table was set up: the next alert finds it.
    const current = scope()
    page.__SENTRY__ = { version: '11.0.0', '11.0.0': { defaultCurrentScope: current } }
    await destination.send(violation({ severity: 'critical', operation: 'filtering' }))
    expect(current.captured).toHaveLength(1)
    const [message, level, hint] = current.captured[0]!
    expect(message).toBe('Performance budget violation')
    expect(level).toBe('error')
    expect(hint).toMatchObject({
      captureContext: { level: 'error', tags: { operation: 'filtering', severity: 'critical' } },
    })
  })

  it("is what the 'sentry' name resolves to without alerts.sentry.client", () => {
    const resolved = resolveAlertsConfig({ destinations: ['console', 'sentry'] })
    expect(resolved.destinations[1]).toBeInstanceOf(PageSentryAlertDestination)
  })

  it('counts a failure (no unhandled rejection) when the page has no Sentry', async () => {
    const trap = trapUnhandledRejections()
    const dispatcher = new AlertDispatcher({ onError: () => {} })
    dispatcher.add(new PageSentryAlertDestination({}, {}))
    dispatcher.enqueue(violation())
    await dispatcher.flush(1000)
    expect(dispatcher.getStats()[0]).toMatchObject({ delivered: 0, failed: 1 })
    expect(dispatcher.getStats()[0]!.lastError).toContain('Sentry is not set up')
    trap.dispose()
    expect(trap.reasons).toEqual([])
  })
})

describe("with the real @sentry/browser and the app's Sentry.init", () => {
  let receiver: Receiver
  beforeAll(async () => {
    receiver = await startReceiver()
    Sentry.init({
      dsn: `http://appkey@${receiver.host}/7`,
      defaultIntegrations: false,
      sendClientReports: false,
      transport: (options) => Sentry.makeFetchTransport(options, globalThis.fetch.bind(globalThis)),
    })
  })
  afterAll(async () => {
    await Sentry.close(1000)
    await receiver.close()
  })

  it("finds the app's client and delivers to its DSN", async () => {
    expect(findPageSentry()?.getClient()).toBe(Sentry.getClient())
    const destination = resolveAlertsConfig({ destinations: ['sentry'] }).destinations[0]!
    await destination.send(violation({ operation: 'sorting', actual: 75 }))
    expect(await Sentry.flush(4000)).toBe(true)
    const request = await receiver.waitFor((r) => r.url.startsWith('/api/7/envelope/'))
    expect(request.url).toContain('sentry_key=appkey')
    expect(request.body).toContain('"message":"Performance budget violation"')
    expect(request.body).toContain('"operation":"sorting"')
    // Inside Sentry.withScope the alert uses that scope, as Sentry.captureMessage would.
    Sentry.withScope((inner) => {
      inner.setTag('area', 'orders')
      void destination.send(violation({ operation: 'filtering' }))
    })
    expect(await Sentry.flush(4000)).toBe(true)
    const tagged = await receiver.waitFor((r) => r.body.includes('"operation":"filtering"'))
    expect(tagged.body).toContain('"area":"orders"')
  })
})
