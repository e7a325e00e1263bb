// Issue 10 §6 in real Chromium: performance.measureUserAgentSpecificMemory() on a cross-origin
// isolated page. Chromium resolves it only after a garbage collection it waits for (about 11 s
// headless); ForceEagerMeasureMemory makes it measure at once (65-75 ms in our notes).
import { bundle, gridkitPage, useChromium, useServer } from '@gridkit/browser-harness'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

const chromium = useChromium({ args: ['--enable-blink-features=ForceEagerMeasureMemory'] })
const server = useServer()

/** Cross-origin isolation: on the page and on every subresource it loads. */
const ISOLATION_HEADERS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cross-origin-resource-policy': 'same-origin',
}

interface Reading {
  source: string
  heapUsed: number
  heapTotal: number
  external: number
  isolated: boolean
  directMb: number
}

async function measuringPage(headers: Record<string, string> | undefined): Promise<Page> {
  const script = await bundle(`
    import { createTable } from '@gridkit/core'
    const table = createTable({
      data: Array.from({ length: 50000 }, (_, i) => ({ id: i, name: 'name ' + i })),
      columns: [{ accessorKey: 'id' }, { accessorKey: 'name' }],
      features: { performance: true },
    })
    table.getRowModel()
    window.measure = async () => {
      const metrics = await table.metrics.trackMemoryUsagePrecise()
      const direct = crossOriginIsolated ? (await performance.measureUserAgentSpecificMemory()).bytes : 0
      return { ...metrics, isolated: crossOriginIsolated, directMb: direct / 1048576 }
    }
    document.title = 'ready'
  `)
  const page = await chromium.newPage()
  await page.goto(gridkitPage(server.current, { script, headers }))
  await page.waitForFunction(() => document.title === 'ready')
  return page
}

function measure(page: Page): Promise<Reading> {
  return page.evaluate(() => (window as unknown as { measure: () => Promise<Reading> }).measure())
}

describe('Chromium: trackMemoryUsagePrecise()', () => {
  it('on a cross-origin isolated page reads measureUserAgentSpecificMemory', async () => {
    const page = await measuringPage(ISOLATION_HEADERS)
    const reading = await measure(page)
    expect(reading.isolated).toBe(true)
    expect(reading.source).toBe('measureUserAgentSpecificMemory')
    // heapUsed is the JavaScript part of the breakdown, heapTotal all memory of the page.
    expect(reading.heapUsed).toBeGreaterThan(1)
    expect(reading.heapTotal).toBeGreaterThanOrEqual(reading.heapUsed)
    expect(reading.external).toBeCloseTo(reading.heapTotal - reading.heapUsed, 6)
    // The same order as the page's own call right after (both in MB).
    expect(reading.heapTotal).toBeGreaterThan(reading.directMb / 2)
    expect(reading.heapTotal).toBeLessThan(reading.directMb * 2)
  })

  it('without the isolation headers falls back to performance.memory', async () => {
    const page = await measuringPage(undefined)
    const reading = await measure(page)
    expect(reading.isolated).toBe(false)
    expect(reading.source).toBe('performance.memory')
    expect(reading.heapUsed).toBeGreaterThan(1)
  })
})
