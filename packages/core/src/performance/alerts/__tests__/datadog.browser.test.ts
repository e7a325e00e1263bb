// Issue 10 §2 and §5 in real Chromium: Datadog browser logs from a real page to a local receiver.
// The SDK holds its batch up to 30 s; these tests never wait for that: they leave the page.
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
const receiver = useServer() // another port of 127.0.0.1: another origin, as Datadog's intake is

interface DatadogLog {
  message?: string
  status?: string
  logger?: { name?: string }
  operation?: string
  budget?: number
  actual?: number
}

let proxyCount = 0

/** A fresh proxy path on the receiver, answering as Datadog's intake does. */
function proxyPath(): string {
  proxyCount += 1
  const path = `/dd${proxyCount}`
  receiver.current.route(path, (_request, response) => {
    response.writeHead(202, { ...CORS_HEADERS, 'content-type': 'application/json' })
    response.end('{}')
  })
  return path
}

function posts(path: string): RecordedRequest[] {
  return receiver.current.requests.filter(
    (r) => r.method === 'POST' && new URL(r.url, 'http://127.0.0.1').pathname === path,
  )
}

/** Every log line the receiver got at `path` (NDJSON bodies). */
function logs(path: string): DatadogLog[] {
  return posts(path).flatMap((request) =>
    request.body
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as DatadogLog),
  )
}

const INIT_OPTIONS = `forwardErrorsToLogs: false, forwardConsoleLogs: [], forwardReports: [], sessionSampleRate: 100, telemetrySampleRate: 0`

async function open(script: string, page: Page): Promise<void> {
  await page.goto(gridkitPage(server.current, { script: await bundle(script) }))
  await page.waitForFunction(() => document.title === 'ready')
}

function expectAlertLogs(received: DatadogLog[], count: number): void {
  expect(received).toHaveLength(count)
  for (const log of received) {
    expect(log).toMatchObject({
      message: 'Performance budget violation',
      status: 'warn',
      logger: { name: 'gridkit-performance' },
      operation: 'sorting',
      budget: 0.001,
    })
    expect(log.actual).toBeGreaterThan(0.001)
  }
}

describe('Datadog from a real page', () => {
  it("the app's datadogLogs: the SDK holds the batch; page.close() sends every alert counted delivered", async () => {
    const path = proxyPath()
    const page = await chromium.newPage()
    await open(
      tablePage({
        setup: `
          import { datadogLogs } from '@datadog/browser-logs'
          datadogLogs.init({ clientToken: 'pub-app-token', site: 'datadoghq.com', proxy: '${receiver.current.url}${path}', ${INIT_OPTIONS} })
        `,
        destinations: `['datadog'], datadog: { logger: datadogLogs }`,
        alerts: 'cooldownMs: 0',
      }),
      page,
    )
    for (let i = 0; i < 3; i += 1) await sortInPage(page)
    expect(await flushInPage(page)).toBe(true)
    expect((await deliveryInPage(page)).datadog).toMatchObject({ delivered: 3, failed: 0 })
    // The SDK holds its batch (30 s): nothing has left yet.
    expect(posts(path)).toHaveLength(0)
    await page.close()
    await expect.poll(() => logs(path).length, { timeout: 10_000 }).toBe(3)
    expectAlertLogs(logs(path), 3)
    expect(posts(path)[0]?.url).toContain('ddforward=')
    for (const request of posts(path)) expect(request.body).not.toContain(SECRET_CELL)
  })

  it('the client-token form (proxy to the receiver): alerts leave when the page navigates away', async () => {
    const path = proxyPath()
    const page = await chromium.newPage()
    await open(
      tablePage({
        setup: `import { DataDogAlertDestination } from '@gridkit/core/alerts/datadog'`,
        destinations: `[new DataDogAlertDestination({ clientToken: 'pub-gridkit-token', site: 'datadoghq.com', service: 'grid', proxy: '${receiver.current.url}${path}' })]`,
        alerts: 'cooldownMs: 0',
      }),
      page,
    )
    await sortInPage(page)
    await sortInPage(page)
    expect(await flushInPage(page)).toBe(true)
    expect((await deliveryInPage(page)).datadog).toMatchObject({ delivered: 2, failed: 0 })
    expect(posts(path)).toHaveLength(0)
    server.current.html('/next.html', '<!doctype html><title>next</title>')
    await page.goto(`${server.current.url}/next.html`)
    await expect.poll(() => logs(path).length, { timeout: 10_000 }).toBe(2)
    expectAlertLogs(logs(path), 2)
    expect(posts(path)[0]?.url).toContain(encodeURIComponent('dd-api-key=pub-gridkit-token'))
    expect(posts(path)[0]?.body).toContain('"service":"grid"')
  })

  it('blocked by a content blocker: nothing printed per alert, the table sorts, delivered means the SDK took it', async () => {
    const path = proxyPath()
    const page = await chromium.newPage({ allowConsoleErrors: BROWSER_NETWORK_LINES })
    const messages = recordConsole(page)
    await page.route(`**${path}?**`, (route) => route.abort('blockedbyclient'))
    const aborted: string[] = []
    page.on('requestfailed', (request) => {
      if (request.url().includes(`${path}?`)) aborted.push(request.failure()?.errorText ?? '')
    })
    await open(
      tablePage({
        // allowUntrustedEvents: the test's synthetic visibilitychange stands for a hidden tab.
        setup: `
          import { datadogLogs } from '@datadog/browser-logs'
          datadogLogs.init({ clientToken: 'pub-app-token', site: 'datadoghq.com', proxy: '${receiver.current.url}${path}', allowUntrustedEvents: true, ${INIT_OPTIONS} })
        `,
        destinations: `['datadog'], datadog: { logger: datadogLogs }`,
        alerts: 'cooldownMs: 0',
      }),
      page,
    )
    for (let i = 0; i < 5; i += 1) {
      expect(await sortInPage(page)).toEqual(i % 2 === 0 ? [0, 1, 2] : [19999, 19998, 19997])
    }
    expect(await flushInPage(page)).toBe(true)
    // Make the SDK send now (the page may exit), as a hidden tab does; the blocker aborts it.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
      document.dispatchEvent(new Event('visibilitychange'))
    })
    await expect.poll(() => aborted.length).toBeGreaterThan(0)
    expect(aborted[0]).toContain('ERR_BLOCKED_BY_CLIENT')
    expect(posts(path)).toHaveLength(0)
    // The logs SDK reports no upload result: GridKit counts what the SDK took.
    expect((await deliveryInPage(page)).datadog).toMatchObject({ delivered: 5, failed: 0 })
    expect(scriptWarnings(messages)).toEqual([])
  })
})
