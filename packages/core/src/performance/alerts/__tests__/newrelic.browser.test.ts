// Issue 10 §2 in real Chromium: New Relic's browser agent (the app's) from a real page to a
// local receiver, and what `delivered` may claim when the agent cannot reach its beacon.
import {
  CORS_HEADERS,
  type RecordedRequest,
  bundle,
  gridkitPage,
  useChromium,
  useServer,
} from '@gridkit/browser-harness'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  BROWSER_NETWORK_LINES,
  SECRET_CELL,
  deliveryInPage,
  flushInPage,
  recordConsole,
  scriptWarnings,
  sortInPage,
  tablePage,
} from './vendor-pages'

const chromium = useChromium()
const server = useServer() // serves the pages
const cors = useServer() // a beacon that answers as New Relic does (CORS, feature flags)
const refusing = useServer() // a beacon whose answers carry no CORS header

const LICENSE = 'nr-test-license'

/** The flags New Relic's first call (`POST /1/<licenseKey>`) answers with: custom events on. */
function flags(): string {
  return JSON.stringify({
    err: 1,
    ins: 1,
    log: 0,
    logapi: 0,
    app: { agents: [{ entityGuid: 'gridkit-test-guid' }], nrServerTime: Date.now() },
  })
}

function answerAll(withCors: boolean): void {
  const target = withCors ? cors : refusing
  const headers = withCors ? CORS_HEADERS : {}
  target.current.route(`/1/${LICENSE}`, (_request, response) => {
    response.writeHead(200, { ...headers, 'content-type': 'application/json' })
    response.end(flags())
  })
  target.current.route('/*', (_request, response) => {
    response.writeHead(202, { ...headers, 'content-type': 'application/json' })
    response.end('{}')
  })
}

/** The app's agent, set up as New Relic's docs show for the npm package (beacon: the receiver). */
function agentSetup(host: string, harvestSeconds = 1): string {
  return `
    import { BrowserAgent } from '@newrelic/browser-agent/loaders/browser-agent'
    const beacon = '${host}'
    const agent = new BrowserAgent({
      info: { beacon, errorBeacon: beacon, licenseKey: '${LICENSE}', applicationID: '42', sa: 1 },
      init: {
        ssl: false,
        proxy: { beacon },
        harvest: { interval: ${harvestSeconds} },
        privacy: { cookies_enabled: false },
        session_replay: { enabled: false },
        session_trace: { enabled: false },
        ajax: { enabled: false },
      },
    })
    window.agentStopped = () => agent.ee.aborted === true
  `
}

interface CustomEvent {
  eventType?: string
  operation?: string
  budget?: number
  actual?: number
}

function customEvents(requests: RecordedRequest[]): CustomEvent[] {
  return requests
    .filter((r) => r.url.startsWith(`/ins/1/${LICENSE}`))
    .flatMap((r) => (JSON.parse(r.body) as { ins?: CustomEvent[] }).ins ?? [])
    .filter((event) => event.eventType === 'GridKitBudgetViolation')
}

async function open(script: string, page: Page): Promise<void> {
  await page.goto(gridkitPage(server.current, { script: await bundle(script) }))
  await page.waitForFunction(() => document.title === 'ready')
}

describe('New Relic from a real page', () => {
  it("the app's agent, beacon answering CORS and flags: the custom event arrives at /ins/1/<key>", async () => {
    answerAll(true)
    const page = await chromium.newPage()
    await open(
      tablePage({
        setup: agentSetup(cors.current.host),
        destinations: `['newrelic'], newrelic: { agent }`,
      }),
      page,
    )
    await sortInPage(page)
    expect(await flushInPage(page)).toBe(true)
    expect((await deliveryInPage(page)).newrelic).toMatchObject({ delivered: 1, failed: 0 })
    await expect.poll(() => customEvents(cors.current.requests).length, { timeout: 10_000 }).toBe(1)
    expect(customEvents(cors.current.requests)[0]).toMatchObject({
      eventType: 'GridKitBudgetViolation',
      operation: 'sorting',
      budget: 0.001,
    })
    expect(customEvents(cors.current.requests)[0]?.actual).toBeGreaterThan(0.001)
    for (const request of cors.current.requests) expect(request.body).not.toContain(SECRET_CELL)
  })

  it("page.close() before the agent's next harvest: its exit harvest carries the events counted delivered", async () => {
    answerAll(true)
    const before = customEvents(cors.current.requests).length
    const page = await chromium.newPage()
    await open(
      tablePage({
        setup: agentSetup(cors.current.host, 60), // no timed harvest within the test
        destinations: `['newrelic'], newrelic: { agent }`,
        alerts: 'cooldownMs: 0',
      }),
      page,
    )
    for (let i = 0; i < 3; i += 1) await sortInPage(page)
    expect(await flushInPage(page)).toBe(true)
    expect((await deliveryInPage(page)).newrelic).toMatchObject({ delivered: 3, failed: 0 })
    expect(customEvents(cors.current.requests)).toHaveLength(before)
    await page.close()
    await expect
      .poll(() => customEvents(cors.current.requests).length - before, { timeout: 10_000 })
      .toBe(3)
  })

  it('a beacon that refuses CORS stops the agent: the alert counts failed, not delivered', async () => {
    answerAll(false)
    const page = await chromium.newPage({ allowConsoleErrors: BROWSER_NETWORK_LINES })
    const messages = recordConsole(page)
    await open(
      tablePage({
        setup: agentSetup(refusing.current.host),
        destinations: `['newrelic'], newrelic: { agent }`,
      }),
      page,
    )
    await sortInPage(page)
    expect(await flushInPage(page)).toBe(true)
    // The agent's first call reached the beacon; the answer was unreadable and the agent stopped.
    expect(refusing.current.requests.some((r) => r.url.startsWith(`/1/${LICENSE}`))).toBe(true)
    expect(
      await page.evaluate(() => (window as unknown as { agentStopped(): boolean }).agentStopped()),
    ).toBe(true)
    const { newrelic } = await deliveryInPage(page)
    expect(newrelic).toMatchObject({ delivered: 0, failed: 1, timedOut: 0 })
    expect(newrelic?.lastError).toContain('New Relic agent stopped')
    expect(customEvents(refusing.current.requests)).toHaveLength(0)
    expect(scriptWarnings(messages)).toEqual([
      expect.stringContaining('[GridKit] Alert delivery to "newrelic" failed'),
    ])
  })

  it('blocked by a content blocker: every alert counts failed, one line printed, the table sorts', async () => {
    answerAll(true)
    const page = await chromium.newPage({ allowConsoleErrors: BROWSER_NETWORK_LINES })
    const messages = recordConsole(page)
    const beacon = `http://${cors.current.host}/**`
    await page.route(beacon, (route) => route.abort('blockedbyclient'))
    const before = cors.current.requests.length
    await open(
      tablePage({
        setup: agentSetup(cors.current.host),
        destinations: `['newrelic'], newrelic: { agent }`,
        alerts: 'cooldownMs: 0',
      }),
      page,
    )
    for (let i = 0; i < 5; i += 1) {
      expect(await sortInPage(page)).toEqual(i % 2 === 0 ? [0, 1, 2] : [19999, 19998, 19997])
    }
    expect(await flushInPage(page)).toBe(true)
    expect(cors.current.requests.length).toBe(before)
    expect((await deliveryInPage(page)).newrelic).toMatchObject({ delivered: 0, failed: 5 })
    expect(scriptWarnings(messages)).toEqual([
      expect.stringContaining('[GridKit] Alert delivery to "newrelic" failed'),
    ])
  })
})
