// Issue 10 §6 in real Chromium: leaks of the rendered page, and the heap source the page reads.
import { bundle, gridkitPage, useChromium, useServer } from '@gridkit/browser-harness'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

const chromium = useChromium()
const server = useServer()

/** What the page exposes to the test. */
interface AppWindow {
  replaceData(): void
  leaks(): unknown[]
  keptIds(): string[]
  heap(): { source: string; heapUsed: number; heapTotal: number }
  /** `heap()` and the page's own `performance.memory.usedJSHeapSize` in MB, in one task. */
  heapWithDirect(): { source: string; heapUsed: number; heapTotal: number; direct: number }
  heapPrecise(): Promise<{ source: string; heapUsed: number }>
  /** The source named by `getMemoryMetrics()` and by the report's memory section. */
  sources(): { metrics: string; report: string | undefined }
  allocate(mb: number): void
}

/**
 * A page with a 100k-row table rendered 10 rows a page at page 20 (rows 190..199). When `keep`
 * is true the app has the classic bug: it stores every page it rendered and never lets go.
 */
async function appPage(keep: boolean): Promise<Page> {
  const script = await bundle(`
    import { createTable } from '@gridkit/core'
    const makeData = (n, tag) => Array.from({ length: n }, (_, i) => ({ id: tag + i, name: 'name ' + i }))
    const table = createTable({
      id: 'orders',
      data: makeData(100000, 'a'),
      columns: [{ accessorKey: 'id' }, { accessorKey: 'name' }],
      getRowId: (item) => item.id,
      features: { performance: { memory: { gracePeriodMs: 0 } } },
    })
    const renderedPages = []
    const tbody = document.querySelector('tbody')
    function render() {
      const rows = table.getRowModel().rows
      if (${String(keep)}) renderedPages.push(rows)
      tbody.replaceChildren(...rows.map((row) => {
        const tr = document.createElement('tr')
        tr.textContent = String(row.getValue('name'))
        return tr
      }))
    }
    table.setPageIndex(19)
    render()
    const held = []
    window.app = {
      replaceData() {
        table.setData(makeData(100000, 'b'))
        render()
      },
      leaks: () => table.metrics.detectMemoryLeaks(),
      keptIds: () => renderedPages.flat().map((row) => row.id),
      heap: () => table.metrics.trackMemoryUsage(),
      heapPrecise: () => table.metrics.trackMemoryUsagePrecise(),
      sources: () => ({
        metrics: table.metrics.getMemoryMetrics().source,
        report: table.metrics.generateReport().memory?.source,
      }),
      heapWithDirect: () => ({
        ...table.metrics.trackMemoryUsage(),
        direct: performance.memory.usedJSHeapSize / 1048576,
      }),
      allocate(mb) {
        for (let i = 0; i < mb; i++) held.push(new Float64Array(131072).fill(i))
      },
    }
    document.title = 'ready'
  `)
  const page = await chromium.newPage()
  await page.goto(gridkitPage(server.current, { script, body: '<table><tbody></tbody></table>' }))
  await page.waitForFunction(() => document.title === 'ready')
  return page
}

/** Calls `window.app[method](arg)` in the page and returns its (serializable) result. */
function app<K extends keyof AppWindow>(
  page: Page,
  method: K,
  arg?: number,
): Promise<Awaited<ReturnType<AppWindow[K]>>> {
  return page.evaluate(
    ([name, value]) => {
      const calls = (window as unknown as { app: Record<string, (value?: number) => unknown> }).app
      return calls[name]?.(value)
    },
    [method, arg] as const,
  ) as Promise<Awaited<ReturnType<AppWindow[K]>>>
}

/** A full collection from a later task, then one more task: WeakRefs read in a task hold their targets to its end. */
async function collectGarbage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  for (let round = 0; round < 2; round++) {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 20)))
    await cdp.send('HeapProfiler.collectGarbage')
  }
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 20)))
  await cdp.detach()
}

describe('Chromium: an app that keeps the rendered page after setData', () => {
  it('detectMemoryLeaks() reports exactly the 10 kept rows (190..199 of 100k)', async () => {
    const page = await appPage(true)
    await app(page, 'replaceData')
    await collectGarbage(page)
    expect(await app(page, 'leaks')).toEqual([
      {
        kind: 'row',
        count: 10,
        exactCount: 10,
        estimated: false,
        generation: 1,
        reason: 'data',
        tableId: 'orders',
        ageMs: expect.any(Number) as unknown,
        hint: expect.any(String) as unknown,
      },
    ])
    const kept = await app(page, 'keptIds')
    expect(kept.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => `a${190 + i}`))
  })

  it('an app that keeps nothing gets no report', async () => {
    const page = await appPage(false)
    await app(page, 'replaceData')
    await collectGarbage(page)
    expect(await app(page, 'leaks')).toEqual([])
  })
})

describe('Chromium: heap readings come from performance.memory', () => {
  it('trackMemoryUsage() names performance.memory and follows the page heap', async () => {
    const page = await appPage(false)
    const before = await app(page, 'heapWithDirect')
    expect(before.source).toBe('performance.memory')
    expect(before.heapUsed).toBeGreaterThan(1)
    expect(before.heapTotal).toBeGreaterThanOrEqual(before.heapUsed)
    // The same figure as the page's own performance.memory (read in the same task).
    expect(Math.abs(before.heapUsed - before.direct)).toBeLessThan(1)
    await app(page, 'allocate', 64)
    // performance.memory refreshes about every 56 ms.
    await page.waitForTimeout(200)
    const after = await app(page, 'heap')
    expect(after.heapUsed - before.heapUsed).toBeGreaterThan(32)
    expect(await app(page, 'sources')).toEqual({
      metrics: 'performance.memory',
      report: 'performance.memory',
    })
  })

  it('trackMemoryUsagePrecise() falls back to performance.memory on a page that is not cross-origin isolated', async () => {
    const page = await appPage(false)
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false)
    const precise = await app(page, 'heapPrecise')
    expect(precise.source).toBe('performance.memory')
    expect(precise.heapUsed).toBeGreaterThan(1)
  })
})
