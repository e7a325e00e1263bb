// Helpers of the vendor browser tests (sentry/datadog/newrelic .browser.test.ts): the page side
// (a real table whose sort violates its budget) and the receiver side (what a vendor got).
import type { ConsoleMessage, Page } from 'playwright-core'

/** Cell values of the page's table: none of them may ever reach a receiver. */
export const SECRET_CELL = 'secret-cell-'

/**
 * Page source (to `bundle`) that creates a 20,000-row table (a sort takes milliseconds, well over the timer resolution) whose `sorting` budget (0.001 ms) is
 * violated by every sort, with `destinations` (a JS expression) as its alert destinations.
 * `setup` runs first (imports and the app's SDK set-up). The page exposes `window.gridkit`:
 * `sort()` sorts by the column and returns the first 3 values; `flush(ms)`; `delivery()`.
 */
export function tablePage(options: {
  setup: string
  destinations: string
  alerts?: string
}): string {
  return `
    import { createTable } from '@gridkit/core'
    ${options.setup}
    const data = Array.from({ length: 20000 }, (_, i) => ({ name: '${SECRET_CELL}' + i, n: (i * 7919) % 20000 }))
    const table = createTable({
      data,
      columns: [{ accessorKey: 'name' }, { accessorKey: 'n' }],
      features: {
        performance: {
          budgets: { sorting: 0.001 },
          alerts: { destinations: ${options.destinations}, ${options.alerts ?? ''} },
        },
      },
    })
    let desc = false
    window.gridkit = {
      sort() {
        table.setSorting([{ id: 'n', desc }])
        desc = !desc
        return table.getRowModel().rows.slice(0, 3).map((row) => row.original.n)
      },
      flush: (ms) => table.metrics.flushAlerts(ms),
      delivery: () => table.metrics.generateReport().alertDelivery ?? [],
      violations: () => table.metrics.generateReport().violations?.total ?? 0,
    }
    document.title = 'ready'
  `
}

/** Delivery stats of one destination as the page's report has them. */
export interface DeliveryRow {
  id: string
  type: string
  delivered: number
  failed: number
  timedOut: number
  suppressed: number
  lastError?: string
}

interface PageGridKit {
  sort(): number[]
  flush(ms: number): Promise<boolean>
  delivery(): DeliveryRow[]
}

/** Sorts in the page; returns the first 3 sort keys (the table must stay correct). */
export function sortInPage(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { gridkit: PageGridKit }).gridkit.sort())
}

/** `await table.metrics.flushAlerts(ms)` in the page. */
export function flushInPage(page: Page, ms = 8000): Promise<boolean> {
  return page.evaluate(
    (wait) => (window as unknown as { gridkit: PageGridKit }).gridkit.flush(wait),
    ms,
  )
}

/** `metrics.generateReport().alertDelivery` read back from the page, by destination id. */
export async function deliveryInPage(page: Page): Promise<Record<string, DeliveryRow>> {
  const rows = await page.evaluate(() =>
    (window as unknown as { gridkit: PageGridKit }).gridkit.delivery(),
  )
  return Object.fromEntries(rows.map((row) => [row.id, row]))
}

/** Collects every console message of the page (type and text). */
export function recordConsole(page: Page): { type: string; text: string }[] {
  const messages: { type: string; text: string }[] = []
  page.on('console', (message: ConsoleMessage) => {
    messages.push({ type: message.type(), text: message.text() })
  })
  return messages
}

/**
 * Chromium's own lines for a refused or blocked request: the browser prints them for every
 * failed request (a real content blocker gives the same), no script can prevent them.
 */
export const BROWSER_NETWORK_LINES =
  /CORS policy|Failed to load resource|ERR_BLOCKED_BY_CLIENT|net::ERR_FAILED/

/** The warnings and errors printed by scripts (GridKit, the SDKs, the page): all but Chromium's network lines. */
export function scriptWarnings(messages: { type: string; text: string }[]): string[] {
  return messages
    .filter((message) => message.type === 'warning' || message.type === 'error')
    .filter((message) => !BROWSER_NETWORK_LINES.test(message.text))
    .map((message) => message.text)
}
