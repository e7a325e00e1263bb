import {
  bundle,
  gridkitPage,
  useChromium,
  useServer,
} from '../../../../../browser-harness/src/index'
import { describe, expect, it } from 'vitest'
import { mergeSummaries } from '../mergeSummaries'
import type { PerformanceSummary } from '../types'

// features.performance.summary in a real page: the beacon leaves when the page is closed.

const chromium = useChromium()
const server = useServer()

const PAGE_SCRIPT = `
  import { createTable } from '@gridkit/core'
  const data = Array.from({ length: 50000 }, (_, i) => ({ id: i, n: (i * 7919) % 50000, name: 'secret-' + i }))
  const table = createTable({
    data,
    columns: [{ accessorKey: 'id' }, { accessorKey: 'n' }, { accessorKey: 'name' }],
    features: { performance: { summary: { url: '/perf/summary' } } },
  })
  for (const desc of [false, true, false, true]) {
    table.setSorting([{ id: 'n', desc }])
    table.getRowModel()
  }
  Object.assign(window, { summary: table.metrics.getSummary() })
  document.title = 'ready'
`

describe('summary beacon in Chromium', () => {
  it('arrives on page close as text/plain, with exactly what the table recorded and no cell data', async () => {
    server.current.route('/perf/summary', (_request, response) => {
      response.writeHead(204).end()
    })
    const page = await chromium.newPage()
    await page.goto(gridkitPage(server.current, { script: await bundle(PAGE_SCRIPT) }))
    await page.waitForFunction(() => document.title === 'ready')
    const recorded = await page.evaluate(
      () => (window as unknown as { summary: PerformanceSummary }).summary,
    )
    expect(recorded.operations.sorting?.count).toBeGreaterThanOrEqual(4)
    await page.close()
    const beacon = await server.current.waitFor((request) => request.url === '/perf/summary')
    expect(beacon.method).toBe('POST')
    expect(beacon.headers['content-type']).toMatch(/^text\/plain/)
    expect(beacon.body).not.toContain('secret-')
    const received = JSON.parse(beacon.body) as PerformanceSummary
    expect(mergeSummaries([received])).toEqual(mergeSummaries([recorded]))
    // One beacon for the session: pagehide sent it, visibilitychange found nothing new.
    expect(server.current.requests.filter((r) => r.url === '/perf/summary')).toHaveLength(1)
  })

  it('arrives on navigation away too', async () => {
    const page = await chromium.newPage()
    const url = gridkitPage(server.current, { script: await bundle(PAGE_SCRIPT) })
    const before = server.current.requests.filter((r) => r.url === '/perf/summary').length
    await page.goto(url)
    await page.waitForFunction(() => document.title === 'ready')
    await page.goto('about:blank')
    await server.current.waitFor(
      () => server.current.requests.filter((r) => r.url === '/perf/summary').length > before,
    )
    const last = server.current.requests.filter((r) => r.url === '/perf/summary').at(-1)
    expect((JSON.parse(last?.body ?? '{}') as PerformanceSummary).sessions).toBe(1)
  })
})
