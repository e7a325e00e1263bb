// Issue 10 §5 in real Chromium: alerts queued as the page closes reach the receiver.
import { bundle, gridkitPage, useChromium, useServer } from '@gridkit/browser-harness'
import { describe, expect, it } from 'vitest'

const chromium = useChromium()
const server = useServer()

/** Alerts in every body the receiver got at `path` (`{"alerts":[...]}` each). */
function alertsReceived(path: string): string[] {
  return server.current.requests
    .filter((request) => request.url === path && request.method === 'POST')
    .flatMap((request) => (JSON.parse(request.body) as { alerts: { operation: string }[] }).alerts)
    .map((alert) => alert.operation)
}

describe('alerts on page exit', () => {
  it('every alert queued just before page.close() reaches the HTTP receiver', async () => {
    const path = '/alerts'
    server.current.route(path, (_request, response) => {
      response.writeHead(204).end()
    })
    const script = await bundle(`
      import { createTable, createHttpAlertDestination } from '@gridkit/core'
      const table = createTable({
        data: [{ n: 2 }, { n: 1 }],
        columns: [{ accessorKey: 'n' }],
        features: {
          performance: {
            budgets: { a: 1, b: 1, c: 1 },
            alerts: { destinations: [createHttpAlertDestination({ url: location.origin + '${path}' })] },
          },
        },
      })
      window.violate = () => {
        for (const operation of ['a', 'b', 'c']) table.metrics.trackOperation(operation, 50)
      }
      document.title = 'ready'
    `)
    const page = await chromium.newPage()
    await page.goto(gridkitPage(server.current, { script }))
    await page.waitForFunction(() => document.title === 'ready')
    await page.evaluate(() => {
      ;(window as unknown as { violate: () => void }).violate()
    })
    await page.close()
    await expect
      .poll(() => alertsReceived(path).sort(), { timeout: 10_000 })
      .toEqual(['a', 'b', 'c'])
  })
})
