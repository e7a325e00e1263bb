import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { bundle, gridkitPage, useChromium, useServer } from '@gridkit/browser-harness'
import type { BudgetViolation, InteractionAttribution, OperationMetrics } from '@gridkit/core'

const chromium = useChromium()
const server = useServer()

// A 100k-row table with a sort button and a filter box; the handlers change the table and
// render its first 50 rows, as an app would. `budgets` is the page's features.performance.budgets.
function pageScript(budgets: string): Promise<string> {
  return bundle(`
    import { createTable, getRecentInteractions } from '@gridkit/core'
    const data = Array.from({ length: 100_000 }, (_, i) => ({
      id: i,
      name: 'item' + ((i * 7919) % 100_000),
      value: (i * 104_729) % 1000,
    }))
    const table = createTable({
      id: 'orders',
      data,
      columns: [{ accessorKey: 'id' }, { accessorKey: 'name' }, { accessorKey: 'value' }],
      features: { performance: { budgets: ${budgets}, interactions: { durationThreshold: 16 } } },
    })
    const body = document.querySelector('tbody')
    const render = () => {
      body.textContent = ''
      for (const row of table.getRowModel().rows) {
        const tr = document.createElement('tr')
        for (const id of ['id', 'name', 'value']) {
          const td = document.createElement('td')
          td.textContent = String(row.getValue(id))
          tr.append(td)
        }
        body.append(tr)
      }
    }
    table.setPageSize(50)
    render()
    document.querySelector('#sort').addEventListener('click', () => {
      table.setSorting([{ id: 'name', desc: table.getState().sorting[0]?.desc === false }])
      render()
    })
    document.querySelector('#filter').addEventListener('input', (event) => {
      table.setGlobalFilter(event.target.value)
      render()
    })
    const violations = []
    table.on('performance:budgetViolation', (event) => violations.push(event.payload))
    Object.assign(window, {
      interactions: () => getRecentInteractions(table.metrics),
      stats: (name) => table.metrics.getOperationStats(name),
      violations,
    })
    document.title = 'ready'
  `)
}

const BODY = `<button id="sort">Sort by name</button><input id="filter">
  <table><tbody></tbody></table>`

interface PageWindow {
  interactions(): InteractionAttribution[]
  stats(name: string): OperationMetrics | undefined
  violations: BudgetViolation[]
}

async function open(budgets = '{}'): Promise<Page> {
  const page = await chromium.newPage()
  await page.goto(gridkitPage(server.current, { script: await pageScript(budgets), body: BODY }))
  await page.waitForFunction(() => document.title === 'ready')
  return page
}

function interactions(page: Page): Promise<InteractionAttribution[]> {
  return page.evaluate(() => (window as unknown as PageWindow).interactions())
}

describe('interactions in Chromium, with trusted input', () => {
  it('a click that sorts 100k rows records an interaction whose attribution lists the sort', async () => {
    const page = await open()
    await page.click('#sort')
    await page.waitForFunction(() => (window as unknown as PageWindow).interactions().length > 0)
    const [click] = await interactions(page)
    expect(click?.interactionType).toBe('click')
    expect(click?.target).toMatch(/^button#sort|^html|^body/)
    expect(click?.touchedTable).toBe(true)
    const sorting = click?.operations.find((op) => op.operation === 'sorting')
    expect(sorting).toMatchObject({ tableId: 'orders', rowCount: 100_000, count: 1 })
    expect(sorting?.durationMs).toBeGreaterThan(0)
    // The sort ran inside the handler: within the interaction's processing time.
    expect(sorting?.durationMs).toBeLessThanOrEqual(click?.processingDurationMs ?? 0)
    expect(sorting?.startOffsetMs).toBeGreaterThanOrEqual(click?.inputDelayMs ?? Infinity)
    const total =
      (click?.inputDelayMs ?? 0) +
      (click?.processingDurationMs ?? 0) +
      (click?.presentationDelayMs ?? 0)
    expect(Math.abs(total - (click?.durationMs ?? 0))).toBeLessThanOrEqual(8)
    expect(click?.message).toMatch(
      /^click took \d+ ms: .*sorting \d+ ms on 100,000 rows of table orders/,
    )
    const stats = await page.evaluate(() => (window as unknown as PageWindow).stats('interaction'))
    expect(stats?.count).toBe(1)
    expect(stats?.maxTime).toBe(click?.durationMs)
  })

  it('typing into the filter box records one interaction per key, each with its filtering', async () => {
    const page = await open()
    await page.click('#filter')
    await page.waitForFunction(() => (window as unknown as PageWindow).interactions().length > 0)
    const before = (await interactions(page)).length
    await page.keyboard.type('123', { delay: 250 })
    await page.waitForFunction(
      (n) => (window as unknown as PageWindow).interactions().length >= n + 3,
      before,
    )
    const keys = (await interactions(page)).slice(before)
    expect(keys.map((key) => key.interactionType)).toEqual(['keyboard', 'keyboard', 'keyboard'])
    expect(new Set(keys.map((key) => key.interactionId)).size).toBe(3)
    for (const key of keys) {
      expect(key.target).toBe('input#filter')
      const filtering = key.operations.find((op) => op.operation === 'filtering')
      expect(filtering).toMatchObject({ tableId: 'orders', rowCount: 100_000, count: 1 })
    }
  })

  it('a tight interaction budget raises a violation on table.on with the breakdown', async () => {
    const page = await open(`{ interaction: 16 }`)
    await page.click('#sort')
    await page.waitForFunction(() =>
      (window as unknown as PageWindow).violations.some((v) => v.operation === 'interaction'),
    )
    const violation = await page.evaluate(() =>
      (window as unknown as PageWindow).violations.find((v) => v.operation === 'interaction'),
    )
    expect(violation).toMatchObject({
      operation: 'interaction',
      budget: 16,
      tableId: 'orders',
      severity: 'warning',
    })
    expect(violation?.actual).toBeGreaterThan(16)
    expect(violation?.attribution?.operations.map((op) => op.operation)).toContain('sorting')
    expect(violation?.attribution?.message).toContain('sorting')
  })
})
