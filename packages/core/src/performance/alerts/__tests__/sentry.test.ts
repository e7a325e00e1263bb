import * as Sentry from '@sentry/browser'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { AlertDispatcher } from '../AlertDispatcher'
import { SentryAlertDestination } from '../sentry'
import { SentryClientAlertDestination } from '../sentry-client'
import { type Receiver, type ReceivedRequest, startReceiver } from './receiver'
import { type SentryEvent, sentryEventsOf } from './sentry-envelope'
import { thrownMessage } from './thrown-message'
import { trapUnhandledRejections, violation } from './violations'

// Real @sentry/browser against local receivers. Plain Node: Sentry's fetch transport needs no DOM.
const KEY_LIB = 'gridkitlibkey0123456789abcdef01'
const KEY_APP = 'appownkey0123456789abcdef012345'

function events(request: ReceivedRequest): SentryEvent[] {
  return sentryEventsOf(request.body)
}

function isEnvelope(request: ReceivedRequest): boolean {
  return /^\/api\/\d+\/envelope\//.test(request.url)
}

let lib: Receiver
let app: Receiver
let trap: ReturnType<typeof trapUnhandledRejections>
const consoleOutput: string[] = []

beforeAll(async () => {
  lib = await startReceiver()
  app = await startReceiver()
  trap = trapUnhandledRejections()
  for (const method of ['log', 'warn', 'error', 'info', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleOutput.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '))
    })
  }
})

afterEach(() => {
  expect(trap.reasons).toEqual([])
})

afterAll(async () => {
  trap.dispose()
  vi.restoreAllMocks()
  await Promise.all([lib.close(), app.close()])
})

describe('SentryAlertDestination with { dsn }: isolated client', () => {
  it("sends an envelope with message, level and tags, beside the app's own Sentry.init", async () => {
    Sentry.init({
      dsn: `http://${KEY_APP}@${app.host}/2`,
      defaultIntegrations: false,
      sendClientReports: false,
    })
    const appClient = Sentry.getClient()
    expect(appClient).toBeDefined()

    const destination = new SentryAlertDestination({
      dsn: `http://${KEY_LIB}@${lib.host}/1`,
      environment: 'test',
      release: 'grid@1',
      flushTimeoutMs: 10_000,
    })
    const dispatcher = new AlertDispatcher({ cooldownMs: 0, timeoutMs: 12_000 })
    dispatcher.add(destination)
    dispatcher.enqueue({
      ...violation({ severity: 'critical', operation: 'filter', tableId: 'orders' }),
      cellValue: 'private',
    } as never)
    Sentry.captureMessage('app event')
    expect(await dispatcher.flush(15_000)).toBe(true)
    await Sentry.flush(10_000)

    const libRequest = await lib.waitFor(isEnvelope)
    expect(libRequest.url).toContain(`sentry_key=${KEY_LIB}`)
    const [event] = events(libRequest)
    expect(event).toMatchObject({
      message: 'Performance budget violation',
      level: 'error',
      tags: { operation: 'filter', impact: 'userVisible', severity: 'critical' },
      extra: { operation: 'filter', actual: 120, budget: 50, tableId: 'orders' },
      environment: 'test',
      release: 'grid@1',
    })
    expect(JSON.stringify(event)).not.toContain('private')

    const appRequest = await app.waitFor(isEnvelope)
    expect(events(appRequest).map((e) => e.message)).toEqual(['app event'])
    expect(
      lib.requests
        .filter(isEnvelope)
        .flatMap(events)
        .map((e) => e.message),
    ).toEqual(['Performance budget violation'])
    expect(
      app.requests
        .filter(isEnvelope)
        .flatMap(events)
        .map((e) => e.message),
    ).toEqual(['app event'])
    expect(Sentry.getClient()).toBe(appClient)
    expect(dispatcher.getStats()[0]).toMatchObject({ id: 'sentry', delivered: 1, failed: 0 })
    await destination.close()
  }, 20_000)

  it('sends warnings at level warning', async () => {
    const destination = new SentryAlertDestination({
      dsn: `http://${KEY_LIB}@${lib.host}/1`,
      flushTimeoutMs: 10_000,
    })
    lib.requests.length = 0
    await destination.send(violation({ operation: 'page', severity: 'warning' }))
    const request = await lib.waitFor(isEnvelope)
    expect(events(request)[0]).toMatchObject({ level: 'warning', tags: { operation: 'page' } })
    await destination.close()
  }, 20_000)
})

describe('SentryAlertDestination faults', () => {
  it('counts a receiver answering 500 and one that destroys the connection', async () => {
    const failing = await startReceiver(() => ({ status: 500, body: 'no' }))
    const closing = await startReceiver(() => 'destroy')
    const errors: string[] = []
    const dispatcher = new AlertDispatcher({
      cooldownMs: 0,
      timeoutMs: 12_000,
      onError: (error, context) => {
        errors.push(`${context.destinationId}: ${error instanceof Error ? error.message : ''}`)
      },
    })
    dispatcher.add(
      new SentryAlertDestination({
        dsn: `http://${KEY_LIB}@${failing.host}/1`,
        id: 's500',
        flushTimeoutMs: 10_000,
      }),
    )
    dispatcher.add(
      new SentryAlertDestination(
        { dsn: `http://${KEY_LIB}@${closing.host}/1`, flushTimeoutMs: 10_000 },
        { id: 'sdrop' },
      ),
    )
    dispatcher.enqueue(violation())
    expect(await dispatcher.flush(15_000)).toBe(true)
    await failing.waitFor(isEnvelope)
    await closing.waitFor(isEnvelope)
    const stats = dispatcher.getStats()
    expect(stats.map((s) => [s.id, s.delivered, s.failed])).toEqual([
      ['s500', 0, 1],
      ['sdrop', 0, 1],
    ])
    expect(stats[0]?.lastError).toBe('Error: Sentry answered HTTP 500')
    expect(stats[1]?.lastError).toBe(
      'Error: Sentry did not send the event (network error, blocked or rate-limited)',
    )
    expect(errors).toHaveLength(2)
    await Promise.all([failing.close(), closing.close()])
  }, 20_000)

  it('counts each of two overlapping sends by its own upload: one 500, one 200', async () => {
    let answered = 0
    // The first upload to arrive is answered 500, the second 200; both sends are in flight together.
    const mixed = await startReceiver(() => {
      answered += 1
      return answered === 1 ? { status: 500 } : { status: 200, body: '{}' }
    })
    const destination = new SentryAlertDestination({
      dsn: `http://${KEY_LIB}@${mixed.host}/1`,
      flushTimeoutMs: 10_000,
    })
    const outcomes = await Promise.allSettled([
      destination.send(violation({ operation: 'first' })),
      destination.send(violation({ operation: 'second' })),
    ])
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected'])
    await mixed.close()
  }, 20_000)

  it('refuses bad options without echoing the DSN', () => {
    const secretDsn = `http://${KEY_LIB}@bad host/x`
    const error = (() => {
      try {
        new SentryAlertDestination({ dsn: secretDsn })
      } catch (e) {
        return e
      }
      return undefined
    })()
    expect(error).toBeInstanceOf(GridKitError)
    expect((error as GridKitError).message).toContain('"dsn"')
    expect((error as GridKitError).message).not.toContain(KEY_LIB)
    const dsn = `http://${KEY_LIB}@${lib.host}/1`
    expect(() => new SentryAlertDestination({ dsn, release: 3 as never })).toThrow(/"release"/)
    expect(() => new SentryAlertDestination({ dsn, flushTimeoutMs: -1 })).toThrow(/flushTimeoutMs/)
    expect(() => new SentryAlertDestination(null as never)).toThrow(GridKitError)
  })

  it('never echoes a DSN passed as a string instead of { dsn } or the SDK', () => {
    const dsn = `https://${KEY_LIB}@o1.ingest.sentry.io/1`
    const messages = [
      thrownMessage(() => new SentryAlertDestination(dsn as never)),
      thrownMessage(() => new SentryClientAlertDestination(dsn as never)),
      thrownMessage(() => new SentryAlertDestination({ dsn, environment: 5 } as never)),
    ]
    expect(messages[0]).toContain(`got a string (${dsn.length} characters)`)
    expect(messages[1]).toContain(`got a string (${dsn.length} characters)`)
    expect(messages[2]).toContain('"environment"')
    for (const message of messages) {
      expect(message).not.toContain(KEY_LIB)
      expect(message).not.toContain('ingest.sentry.io')
    }
  })

  it('never prints a DSN key in console output or errors', () => {
    const joined = consoleOutput.join('\n')
    expect(joined).not.toContain(KEY_LIB)
    expect(joined).not.toContain(KEY_APP)
  })
})

describe("SentryAlertDestination with the app's Sentry", () => {
  it('calls captureMessage of the object it was given', async () => {
    const captureMessage = vi.fn()
    const destination = new SentryAlertDestination({ captureMessage }, { id: 'app-sentry' })
    expect(destination.id).toBe('app-sentry')
    await destination.send(violation({ severity: 'error' }))
    expect(captureMessage).toHaveBeenCalledWith('Performance budget violation', {
      level: 'warning',
      tags: { operation: 'sort', impact: 'userVisible', severity: 'error' },
      extra: violation({ severity: 'error' }),
    })
    await expect(destination.close()).resolves.toBe(true)
  })
})
