import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useChromium } from '@gridkit/browser-harness'
import type { EnhancedPerformanceMonitor, PerformanceReport } from '@gridkit/core'
import {
  buildDashboard,
  DASHBOARD_DIR,
  serveDashboard,
  type DashboardServer,
} from '../../scripts/server'

const chromium = useChromium()
let server: DashboardServer

beforeAll(async () => {
  await buildDashboard()
  server = await serveDashboard(0)
}, 120_000)

afterAll(async () => {
  await server.close()
})

/** Rows of the panel whose numbers differ from `table.metrics` read in the same task. */
function panelMismatches(): string[] {
  const { metrics } = (window as unknown as { gridkit: { metrics: EnhancedPerformanceMonitor } })
    .gridkit
  const mismatches: string[] = []
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('.stats tbody tr')]
  if (rows.length === 0) mismatches.push('no rows')
  for (const row of rows) {
    const name = row.dataset.operation ?? ''
    const stats = metrics.getOperationStats(name)
    const field = (key: string): string =>
      row.querySelector(`[data-field="${key}"]`)?.textContent ?? ''
    const expected =
      stats === undefined
        ? []
        : [String(stats.count), stats.p50.toFixed(2), stats.p95.toFixed(2), stats.p99.toFixed(2)]
    const shown = [field('count'), field('p50'), field('p95'), field('p99')]
    if (JSON.stringify(shown) !== JSON.stringify(expected))
      mismatches.push(`${name}: ${shown.join(' ')} vs ${expected.join(' ')}`)
  }
  if (rows.length !== metrics.getAllStats().length)
    mismatches.push('operations missing from the panel')
  return mismatches
}

describe('the dashboard, end to end in Chromium', () => {
  it('shows live numbers equal to table.metrics, violations with their breakdown, and downloads exports', async () => {
    const page = await chromium.newPage({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    })
    await page.goto(server.url)
    await page.waitForFunction(() => 'gridkit' in window)
    await page.click('#sort-customer')
    await page.waitForFunction(
      () => document.querySelector('#sort-customer')?.textContent.includes('▲') === true,
    )
    await page.click('#filter')
    await page.keyboard.type('Ada', { delay: 150 })
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="row-count"]')?.textContent.startsWith('100,000') ===
        false,
    )

    await expect
      .poll(() => page.evaluate(panelMismatches), { timeout: 15_000, interval: 250 })
      .toEqual([])
    const operations = await page.$$eval('.stats tbody tr', (rows) =>
      rows.map((row) => (row as HTMLElement).dataset.operation),
    )
    expect(operations).toEqual(
      expect.arrayContaining(['sorting', 'filtering', 'rowModelBuild', 'tableRender']),
    )

    await page.click('#slow')
    await page.click('#sort-amount')
    const breakdown = page
      .locator(
        '[data-testid="violations"] li[data-operation="interaction"] [data-testid="breakdown"]',
      )
      .first()
    await breakdown.waitFor({ timeout: 20_000 })
    expect(await breakdown.textContent()).toMatch(/click took \d+ ms: .*amount|sorting|tableRender/)
    expect(await breakdown.textContent()).toMatch(
      /input delay \d+ ms · processing \d+ ms · presentation \d+ ms/,
    )
    await expect
      .poll(() => page.evaluate(panelMismatches), { timeout: 15_000, interval: 250 })
      .toEqual([])

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#export-json'),
    ])
    const path = await download.path()
    const report = JSON.parse(await readFile(path, 'utf8')) as PerformanceReport
    expect(report.stats.map((op) => op.operation)).toEqual(
      expect.arrayContaining(['sorting', 'interaction']),
    )
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')])
    expect((await readFile(await csv.path(), 'utf8')).split('\n')[0]).toContain('operation')

    await page.screenshot({ path: join(DASHBOARD_DIR, '..', '..', 'docs', 'dashboard.png') })
  })
})
