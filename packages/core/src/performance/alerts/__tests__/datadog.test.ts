// @vitest-environment happy-dom
import { datadogLogs } from '@datadog/browser-logs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { AlertDispatcher } from '../AlertDispatcher'
import { DataDogAlertDestination } from '../datadog'
import { DatadogLoggerAlertDestination } from '../datadog-logger'
import { ManualScheduler } from './manual-scheduler'
import { type Receiver, type ReceivedRequest, startReceiver } from './receiver'
import { thrownMessage } from './thrown-message'
import { trapUnhandledRejections, violation } from './violations'

// Real @datadog/browser-logs (a page-global singleton: this file initialises it once).
const CLIENT_TOKEN = 'pubclienttoken0123456789abcdef0123'

interface DatadogLog {
  message?: string
  status?: string
  operation?: string
  actual?: number
  budget?: number
  severity?: string
  logger?: { name?: string }
  service?: string
}

function logs(request: ReceivedRequest): DatadogLog[] {
  return request.body
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as DatadogLog)
}

let receiver: Receiver
let trap: ReturnType<typeof trapUnhandledRejections>
const consoleOutput: string[] = []

beforeAll(async () => {
  receiver = await startReceiver()
  trap = trapUnhandledRejections()
  for (const method of ['log', 'warn', 'error', 'info', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleOutput.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '))
    })
  }
})

afterAll(async () => {
  trap.dispose()
  vi.restoreAllMocks()
  await receiver.close()
  expect(trap.reasons).toEqual([])
})

async function waitForSession(): Promise<void> {
  const deadline = Date.now() + 15_000
  while (datadogLogs.getInternalContext()?.session_id === undefined) {
    if (Date.now() > deadline) throw new Error('Datadog session did not start')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Datadog has no public flush: log with faked timers, then advance past its 30 s batch timer. */
async function sendAndFlush(send: () => Promise<void>): Promise<void> {
  await waitForSession()
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
  try {
    await send()
    await vi.advanceTimersByTimeAsync(31_000)
  } finally {
    vi.useRealTimers()
  }
}

describe('DataDogAlertDestination with { clientToken, site }', () => {
  it('initialises datadogLogs once and logs warn/error with the violation as context', async () => {
    expect(datadogLogs.getInitConfiguration()).toBeUndefined()
    const destination = new DataDogAlertDestination({
      clientToken: CLIENT_TOKEN,
      site: 'datadoghq.com',
      proxy: `${receiver.origin}/dd`,
      service: 'grid',
      env: 'test',
    })
    expect(datadogLogs.getInitConfiguration()?.service).toBe('grid')
    // A second destination finds the SDK initialised and does not init again.
    const second = new DataDogAlertDestination(
      { clientToken: CLIENT_TOKEN, site: 'datadoghq.eu', service: 'other' },
      { id: 'datadog-2', minSeverity: 'error' },
    )
    expect(second.minSeverity).toBe('error')
    expect(datadogLogs.getInitConfiguration()?.service).toBe('grid')

    const scheduler = new ManualScheduler()
    const dispatcher = new AlertDispatcher({ cooldownMs: 0, scheduler, now: scheduler.now })
    dispatcher.add(destination)
    await sendAndFlush(async () => {
      dispatcher.enqueue(violation({ operation: 'sort', severity: 'warning' }))
      dispatcher.enqueue({
        ...violation({ operation: 'filter', severity: 'critical', actual: 300 }),
        rowData: 'private',
      } as never)
      expect(await dispatcher.flush()).toBe(true)
    })

    const request = await receiver.waitFor((r) => r.url.startsWith('/dd?ddforward='), 15_000)
    expect(decodeURIComponent(request.url)).toContain('/api/v2/logs')
    const received = receiver.requests.filter((r) => r.url.startsWith('/dd')).flatMap(logs)
    expect(received.map((l) => [l.status, l.operation, l.severity])).toEqual([
      ['warn', 'sort', 'warning'],
      ['error', 'filter', 'critical'],
    ])
    expect(received[1]).toMatchObject({
      message: 'Performance budget violation',
      actual: 300,
      budget: 50,
      logger: { name: 'gridkit-performance' },
      service: 'grid',
    })
    expect(JSON.stringify(received)).not.toContain('private')
    expect(dispatcher.getStats()[0]).toMatchObject({ delivered: 2, failed: 0 })
  }, 30_000)
})

describe("DataDogAlertDestination with the app's SDK", () => {
  it("uses the app's datadogLogs or a logger it is given", async () => {
    const warn = vi.fn()
    const error = vi.fn()
    await new DataDogAlertDestination({ warn, error }).send(violation({ severity: 'error' }))
    expect(error).toHaveBeenCalledWith(
      'Performance budget violation',
      violation({ severity: 'error' }),
    )
    expect(warn).not.toHaveBeenCalled()

    receiver.requests.length = 0
    const viaApp = new DataDogAlertDestination(datadogLogs, { id: 'app-dd' })
    expect(viaApp.id).toBe('app-dd')
    await sendAndFlush(() => viaApp.send(violation({ operation: 'group' })))
    const request = await receiver.waitFor((r) => r.url.startsWith('/dd'), 15_000)
    expect(logs(request)[0]).toMatchObject({ status: 'warn', operation: 'group' })
  }, 30_000)
})

describe('DataDogAlertDestination options', () => {
  it('refuses an API key, explaining why, without echoing it', () => {
    const apiKey = 'secretapikey0123456789abcdef0123'
    let caught: unknown
    try {
      new DataDogAlertDestination({ apiKey } as never)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(GridKitError)
    const message = (caught as GridKitError).message
    expect(message).toMatch(/must never ship to browsers/)
    expect(message).toMatch(/client token/)
    expect(message).not.toContain(apiKey)
  })

  it('names a bad or missing option', () => {
    expect(() => new DataDogAlertDestination({ site: 'datadoghq.com' } as never)).toThrow(
      /"clientToken"/,
    )
    expect(() => new DataDogAlertDestination({ clientToken: CLIENT_TOKEN } as never)).toThrow(
      /"site"/,
    )
    expect(
      () => new DataDogAlertDestination({ clientToken: CLIENT_TOKEN, site: 'x', env: 3 } as never),
    ).toThrow(/"env"/)
    expect(() => new DataDogAlertDestination(undefined as never)).toThrow(GridKitError)
  })

  it('never echoes a client token passed in the wrong place', () => {
    const token = 'pub0123456789abcdef0123456789abcdef'
    const messages = [
      thrownMessage(() => new DataDogAlertDestination(token as never)),
      thrownMessage(() => new DatadogLoggerAlertDestination(token as never)),
      thrownMessage(() => new DataDogAlertDestination({ clientToken: token, site: 7 } as never)),
      thrownMessage(
        () => new DataDogAlertDestination({ clientToken: token, site: 'x', service: '' }),
      ),
    ]
    expect(messages[0]).toContain(`got a string (${token.length} characters)`)
    expect(messages[1]).toContain(`got a string (${token.length} characters)`)
    expect(messages[2]).toContain('"site"')
    expect(messages[3]).toContain('"service"')
    for (const message of messages) expect(message).not.toContain(token)
    expect(consoleOutput.join('\n')).not.toContain(token)
  })

  it('never prints the client token', () => {
    expect(consoleOutput.join('\n')).not.toContain(CLIENT_TOKEN)
  })
})
