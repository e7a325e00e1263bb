// Issue 10 §2 in real Chromium: Sentry from a real page to a local receiver, with the real SDK.
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
  scriptWarnings,
  recordConsole,
  sortInPage,
  tablePage,
} from './vendor-pages'
import { sentryEventsOf } from './sentry-envelope'

const chromium = useChromium()
const server = useServer() // serves the pages
const receiver = useServer() // another port of 127.0.0.1: another origin, as a vendor's intake is

function envelopes(project: number): RecordedRequest[] {
  return receiver.current.requests.filter((r) => r.url.startsWith(`/api/${project}/envelope/`))
}

function answer(project: number, headers: Record<string, string>): void {
  receiver.current.route(`/api/${project}/envelope/`, (_request, response) => {
    response.writeHead(200, { ...headers, 'content-type': 'application/json' })
    response.end('{}')
  })
}

async function open(script: string, page: Page): Promise<void> {
  await page.goto(gridkitPage(server.current, { script: await bundle(script) }))
  await page.waitForFunction(() => document.title === 'ready')
}

const dsn = (key: string, project: number) => `http://${key}@${receiver.current.host}/${project}`

describe('Sentry from a real page', () => {
  it("isolated client { dsn } beside the app's Sentry.init: each receiver gets only its own events", async () => {
    answer(1, CORS_HEADERS)
    answer(2, CORS_HEADERS)
    const page = await chromium.newPage()
    await open(
      tablePage({
        setup: `
          import * as Sentry from '@sentry/browser'
          import { SentryAlertDestination } from '@gridkit/core/alerts/sentry'
          Sentry.init({ dsn: '${dsn('appkey', 1)}', defaultIntegrations: false, sendClientReports: false })
          const appClient = Sentry.getClient()
          window.app = {
            capture() { Sentry.captureMessage('the app own event'); return Sentry.flush(5000) },
            untouched: () => Sentry.getClient() === appClient && Sentry.getClient().getDsn().projectId === '1',
          }
        `,
        destinations: `[new SentryAlertDestination({ dsn: '${dsn('gridkey', 2)}' })]`,
      }),
      page,
    )
    expect(await sortInPage(page)).toEqual([0, 1, 2])
    expect(await flushInPage(page)).toBe(true)
    const app = await page.evaluate(async () => {
      const own = (
        window as unknown as { app: { capture(): Promise<boolean>; untouched(): boolean } }
      ).app
      return { flushed: await own.capture(), untouched: own.untouched() }
    })
    expect(app).toEqual({ flushed: true, untouched: true })

    const gridkitEvents = envelopes(2).flatMap((r) => sentryEventsOf(r.body))
    const appEvents = envelopes(1).flatMap((r) => sentryEventsOf(r.body))
    expect(gridkitEvents).toHaveLength(1)
    expect(gridkitEvents[0]).toMatchObject({
      message: 'Performance budget violation',
      level: 'warning',
      tags: { operation: 'sorting' },
      extra: { operation: 'sorting', budget: 0.001 },
    })
    expect(gridkitEvents[0]?.extra?.actual).toBeGreaterThan(0.001)
    expect(envelopes(2)[0]?.url).toContain('sentry_key=gridkey')
    expect(appEvents.map((event) => event.message)).toEqual(['the app own event'])
    expect(envelopes(1)[0]?.url).toContain('sentry_key=appkey')
    for (const request of [...envelopes(1), ...envelopes(2)]) {
      expect(request.body).not.toContain(SECRET_CELL)
    }
    expect((await deliveryInPage(page)).sentry).toMatchObject({ delivered: 1, failed: 0 })
  })

  it('alerts raised just before page.close() reach both receivers', async () => {
    answer(7, CORS_HEADERS)
    answer(8, CORS_HEADERS)
    const page = await chromium.newPage()
    await open(
      tablePage({
        setup: `
          import * as Sentry from '@sentry/browser'
          import { SentryAlertDestination } from '@gridkit/core/alerts/sentry'
          Sentry.init({ dsn: '${dsn('appkey', 7)}', defaultIntegrations: false, sendClientReports: false })
        `,
        destinations: `['sentry', new SentryAlertDestination({ dsn: '${dsn('gridkey', 8)}', id: 'sentry-dsn' })]`,
        alerts: 'cooldownMs: 0',
      }),
      page,
    )
    await page.evaluate(() => {
      const { gridkit } = window as unknown as { gridkit: { sort(): unknown } }
      gridkit.sort()
      gridkit.sort()
    })
    await page.close() // no flush: the sends leave as the page goes (keepalive fetch)
    for (const project of [7, 8]) {
      await expect
        .poll(() => envelopes(project).flatMap((r) => sentryEventsOf(r.body)).length, {
          timeout: 10_000,
        })
        .toBe(2)
    }
  })

  it('receiver without CORS headers: the POSTs arrive, both forms count the alert failed', async () => {
    // No Access-Control-Allow-Origin: the request is sent, the page may not read the answer.
    answer(3, {})
    answer(6, {})
    const page = await chromium.newPage({ allowConsoleErrors: BROWSER_NETWORK_LINES })
    const messages = recordConsole(page)
    await open(
      tablePage({
        setup: `
          import * as Sentry from '@sentry/browser'
          import { SentryAlertDestination } from '@gridkit/core/alerts/sentry'
          Sentry.init({ dsn: '${dsn('appkey', 6)}', defaultIntegrations: false, sendClientReports: false })
        `,
        destinations: `['sentry', new SentryAlertDestination({ dsn: '${dsn('gridkey', 3)}', id: 'sentry-dsn' })]`,
      }),
      page,
    )
    await sortInPage(page)
    expect(await flushInPage(page)).toBe(true)
    for (const project of [3, 6]) {
      const events = envelopes(project).flatMap((r) => sentryEventsOf(r.body))
      expect(events.map((event) => event.tags?.operation)).toEqual(['sorting'])
    }
    const delivery = await deliveryInPage(page)
    expect(delivery['sentry-dsn']).toMatchObject({ delivered: 0, failed: 1, timedOut: 0 })
    expect(delivery['sentry-dsn']?.lastError).toContain(
      'Sentry did not send the event (network error',
    )
    expect(delivery.sentry).toMatchObject({ delivered: 0, failed: 1, timedOut: 0 })
    expect(delivery.sentry?.lastError).toContain('Sentry did not send the event (network error')
    expect(scriptWarnings(messages)).toHaveLength(2)
  })

  it('blocked by a content blocker: every alert counts failed, one line printed, the table sorts', async () => {
    answer(4, CORS_HEADERS)
    answer(5, CORS_HEADERS)
    const page = await chromium.newPage({ allowConsoleErrors: BROWSER_NETWORK_LINES })
    const messages = recordConsole(page)
    await page.route('**/api/*/envelope/**', (route) => route.abort('blockedbyclient'))
    await open(
      tablePage({
        setup: `
          import * as Sentry from '@sentry/browser'
          import { SentryAlertDestination } from '@gridkit/core/alerts/sentry'
          Sentry.init({ dsn: '${dsn('appkey', 5)}', defaultIntegrations: false, sendClientReports: false })
        `,
        destinations: `['sentry', new SentryAlertDestination({ dsn: '${dsn('gridkey', 4)}', id: 'sentry-dsn' })]`,
        alerts: 'cooldownMs: 0',
      }),
      page,
    )
    for (let i = 0; i < 5; i += 1) {
      expect(await sortInPage(page)).toEqual(i % 2 === 0 ? [0, 1, 2] : [19999, 19998, 19997])
    }
    expect(await flushInPage(page)).toBe(true)
    expect(envelopes(4)).toHaveLength(0)
    expect(envelopes(5)).toHaveLength(0)
    const delivery = await deliveryInPage(page)
    expect(delivery['sentry-dsn']).toMatchObject({ delivered: 0, failed: 5 })
    expect(delivery.sentry).toMatchObject({ delivered: 0, failed: 5 })
    // Ten failures, two lines: GridKit's first-failure line per destination, nothing per alert.
    const printed = scriptWarnings(messages)
    expect(printed).toHaveLength(2)
    expect(printed.every((line) => line.startsWith('[GridKit] Alert delivery to'))).toBe(true)
  })
})
