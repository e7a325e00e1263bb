// The specification's target state, as written, in a real page with the app's own Sentry.
import { bundle, gridkitPage, useChromium, useServer, CORS_HEADERS } from '@gridkit/browser-harness'
import type { ConsoleMessage } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  type SentryEvent,
  sentryEventsOf,
} from '../../../core/src/performance/alerts/__tests__/sentry-envelope'

const chromium = useChromium()
const server = useServer()

function pageScript(host: string): string {
  return `
    import * as Sentry from '@sentry/browser'
    import { createRoot } from 'react-dom/client'
    import { useGridEnhancedTable } from '@gridkit/react'

    // The app's own Sentry (what "destinations: ['console', 'sentry']" relies on).
    Sentry.init({ dsn: 'http://publickey@${host}/1', defaultIntegrations: false, sendClientReports: false })

    const data = Array.from({ length: 500 }, (_, i) => ({ name: 'secret-name-' + i, age: (i * 37) % 90 }))
    // A slow custom comparator, so that sorting really exceeds its 50 ms budget.
    const slowCompare = (a, b) => {
      const until = performance.now() + 0.01
      while (performance.now() < until) {}
      return a.original.age - b.original.age
    }
    const columns = [{ accessorKey: 'name' }, { accessorKey: 'age', sortingFn: slowCompare }]

    function Dashboard() {
      const table = useGridEnhancedTable({
        data,
        columns,
        features: {
          performance: {
            enabled: true,
            budgets: {
              rowModelBuild: 16, // 1 frame @ 60fps
              sorting: 50,
              filtering: 100,
            },
            alerts: {
              enabled: true,
              destinations: ['console', 'sentry'],
            },
          },
        },
      })

      // Real-time access to metrics
      const { metrics } = table
      console.log(metrics.getOperationStats('getRowModel'))

      // Automatic alerts
      table.on('performance:budgetViolation', (event) => {
        console.error(\`Budget violated: \${event.payload.operation}\`)
      })
      window.gridkit = { table, metrics }
      return (
        <button id="sort" onClick={() => table.toggleSorting('age')}>
          {table.getRowModel().rows.length} rows, first {table.getRowModel().rows[0].original.age}
        </button>
      )
    }
    const root = document.createElement('div')
    document.body.append(root)
    createRoot(root).render(<Dashboard />)
    requestAnimationFrame(() => { document.title = 'ready' })
  `
}

describe('the specification target state in Chromium', () => {
  it("runs as written: the 'sentry' name reaches the app's Sentry.init client", async () => {
    server.current.route('/api/1/envelope/', (_request, response) => {
      response.writeHead(200, { ...CORS_HEADERS, 'content-type': 'application/json' })
      response.end('{}')
    })
    const page = await chromium.newPage({ allowConsoleErrors: /budget violated/i })
    const logged: unknown[] = []
    const errors: string[] = []
    const warnings: string[] = []
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'log') logged.push(message.args()[0]?.jsonValue())
      if (message.type() === 'error') errors.push(message.text())
      if (message.type() === 'warning') warnings.push(message.text())
    })
    await page.goto(
      gridkitPage(server.current, { script: await bundle(pageScript(server.current.host)) }),
    )
    await page.waitForFunction(() => document.title === 'ready')
    await expect.poll(() => logged.length).toBeGreaterThan(0)
    await page.click('#sort')
    await page.waitForFunction(() =>
      document.querySelector('#sort')?.textContent.endsWith('first 0'),
    )
    const flushed = await page.evaluate(() =>
      (
        window as unknown as { gridkit: { metrics: { flushAlerts(ms: number): Promise<boolean> } } }
      ).gridkit.metrics.flushAlerts(5000),
    )
    expect(flushed).toBe(true)

    // The slow comparator also makes the row-model build (which includes the sort) and the click
    // interaction too slow: the spec's handler logs each with console.error (allowed above).
    const isSorting = (event: SentryEvent) => event.tags?.operation === 'sorting'
    const request = await server.current.waitFor(
      (r) => r.url.startsWith('/api/1/envelope/') && sentryEventsOf(r.body).some(isSorting),
    )
    expect(request.url).toContain('sentry_key=publickey')
    const sorting = sentryEventsOf(request.body).find(isSorting)
    expect(sorting).toMatchObject({
      message: 'Performance budget violation',
      tags: { operation: 'sorting' },
      extra: { operation: 'sorting', budget: 50 },
    })
    expect(sorting!.extra!.actual).toBeGreaterThan(50)
    // Figures only: no cell value of the table leaves the page.
    expect(request.body).not.toContain('secret-name')

    // The spec's console.error handler and the 'console' destination both saw it.
    expect(errors).toContain('Budget violated: sorting')
    expect(warnings.some((text) => text.includes('"sorting"'))).toBe(true)
    // The spec's console.log prints the row-model stats (recorded as rowModelBuild).
    const stats = (await Promise.all(logged)).at(-1) as { count?: number } | undefined
    expect(stats?.count).toBeGreaterThan(0)
    const delivery = await page.evaluate(
      () =>
        (
          window as unknown as {
            gridkit: { metrics: { generateReport(): { alertDelivery?: unknown[] } } }
          }
        ).gridkit.metrics.generateReport().alertDelivery,
    )
    expect(delivery).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'sentry', type: 'sentry', failed: 0 }),
      ]),
    )
    await page.close()
  })
})
