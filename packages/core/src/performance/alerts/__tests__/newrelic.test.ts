// @vitest-environment happy-dom
import { BrowserAgent } from '@newrelic/browser-agent/loaders/browser-agent'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { AlertDispatcher } from '../AlertDispatcher'
import { NewRelicAlertDestination } from '../newrelic'
import { type Receiver, type ReceivedRequest, startReceiver } from './receiver'
import { thrownMessage } from './thrown-message'
import { trapUnhandledRejections, violation } from './violations'

// Real @newrelic/browser-agent (one agent per page: this file starts it once).
const LICENSE_KEY = 'NRJS-licensekey0123456789abc'

interface InsightsEvent {
  eventType?: string
  [attribute: string]: unknown
}

function insights(request: ReceivedRequest): InsightsEvent[] {
  try {
    return (JSON.parse(request.body) as { ins?: InsightsEvent[] }).ins ?? []
  } catch {
    return []
  }
}

let receiver: Receiver
let trap: ReturnType<typeof trapUnhandledRejections>
let agent: BrowserAgent
const consoleOutput: string[] = []

beforeAll(async () => {
  receiver = await startReceiver((request) => {
    // The agent sends nothing more unless its first call is answered with feature flags.
    if (request.url.startsWith(`/1/${LICENSE_KEY}`)) {
      return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          err: 1,
          ins: 1,
          log: 0,
          logapi: 3,
          app: { agents: [{ entityGuid: 'X' }], nrServerTime: Date.now() },
        }),
      }
    }
    return undefined
  })
  trap = trapUnhandledRejections()
  for (const method of ['log', 'warn', 'error', 'info', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleOutput.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '))
    })
  }
  const host = receiver.host
  agent = new BrowserAgent({
    info: { beacon: host, errorBeacon: host, licenseKey: LICENSE_KEY, applicationID: '1', sa: 1 },
    init: {
      ssl: false,
      proxy: { beacon: host },
      harvest: { interval: 1 },
      privacy: { cookies_enabled: false },
      session_replay: { enabled: false },
      session_trace: { enabled: false },
      ajax: { enabled: false },
    },
  })
})

afterAll(async () => {
  trap.dispose()
  vi.restoreAllMocks()
  await receiver.close()
  expect(trap.reasons).toEqual([])
})

describe("NewRelicAlertDestination with the app's browser agent", () => {
  it('records one GridKitBudgetViolation custom event with flat attributes', async () => {
    const dispatcher = new AlertDispatcher({ cooldownMs: 0 })
    dispatcher.add(new NewRelicAlertDestination(agent))
    dispatcher.enqueue({
      ...violation({ operation: 'sort', severity: 'error', tableId: 'orders', rowCount: 5000 }),
      cell: 'private',
    } as never)
    expect(await dispatcher.flush(15_000)).toBe(true)
    const request = await receiver.waitFor(
      (r) => r.url.startsWith(`/ins/1/${LICENSE_KEY}`) && insights(r).length > 0,
      25_000,
    )
    const event = insights(request).find((e) => e.eventType === 'GridKitBudgetViolation')
    expect(event).toMatchObject({
      eventType: 'GridKitBudgetViolation',
      operation: 'sort',
      actual: 120,
      budget: 50,
      severity: 'error',
      impact: 'userVisible',
      tableId: 'orders',
      rowCount: 5000,
    })
    expect(request.body).not.toContain('private')
    expect(dispatcher.getStats()[0]).toMatchObject({ id: 'newrelic', delivered: 1 })
  }, 30_000)

  it('falls back to addPageAction and refuses objects without either method', async () => {
    const addPageAction = vi.fn()
    const destination = new NewRelicAlertDestination({ addPageAction }, { id: 'nr-old' })
    await destination.send(violation())
    expect(addPageAction).toHaveBeenCalledWith('GridKitBudgetViolation', violation())
    expect(() => new NewRelicAlertDestination({})).toThrow(GridKitError)
  })

  it('never echoes a license key passed instead of the agent', () => {
    const message = thrownMessage(() => new NewRelicAlertDestination(LICENSE_KEY as never))
    expect(message).toContain('browser agent')
    expect(message).toContain(`got a string (${LICENSE_KEY.length} characters)`)
    expect(message).not.toContain(LICENSE_KEY)
    expect(consoleOutput.join('\n')).not.toContain(LICENSE_KEY)
  })

  it('never prints the license key in console output', () => {
    expect(consoleOutput.join('\n')).not.toContain(LICENSE_KEY)
  })
})
