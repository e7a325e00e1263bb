import { bundle, gridkitPage, useChromium, useServer } from '../../../../browser-harness/src/index'
import { describe, expect, it } from 'vitest'
import { parseOtlpMetrics } from './otlp-json'

// The OTLP/HTTP exporter's browser build (bundled as an app would), delivering on page hide
// to the page's own origin on 127.0.0.1.

const chromium = useChromium()
const server = useServer()

interface Expected {
  count: number
  sum: number
}

describe('@gridkit/core/otel in Chromium', () => {
  it('the OTLP exporter delivers the table histograms when the page is closed', async () => {
    server.current.route('/v1/metrics', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
    const script = await bundle(`
      import { createTable } from '@gridkit/core'
      import { connectOpenTelemetry } from '@gridkit/core/otel'
      import { MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics'
      import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http'

      const provider = new MeterProvider({
        readers: [new PeriodicExportingMetricReader({
          exporter: new OTLPMetricExporter({ url: location.origin + '/v1/metrics' }),
          exportIntervalMillis: 600000,
        })],
      })
      // The app's own exit path: flush its metrics when the page is hidden or left.
      addEventListener('pagehide', () => { void provider.forceFlush() })

      const data = Array.from({ length: 20000 }, (_, i) => ({ id: i, n: (i * 7919) % 20000 }))
      const table = createTable({
        data,
        columns: [{ accessorKey: 'id' }, { accessorKey: 'n' }],
        features: { performance: { budgets: { sorting: 0.000001 } } },
      })
      connectOpenTelemetry(table.metrics, { meter: provider.getMeter('page') })
      for (const desc of [false, true, false]) {
        table.setSorting([{ id: 'n', desc }])
        table.getRowModel()
      }
      const stats = table.metrics.getOperationStats('sorting')
      const violations = table.metrics.getSummary().operations.sorting.violations.warning
      Object.assign(window, { expected: { count: stats.count, sum: stats.totalTime, violations } })
      document.title = 'ready'
    `)
    const page = await chromium.newPage()
    await page.goto(gridkitPage(server.current, { script }))
    await page.waitForFunction(() => document.title === 'ready')
    const expected = await page.evaluate(
      () => (window as unknown as { expected: Expected & { violations: number } }).expected,
    )
    expect(server.current.requests.some((request) => request.url === '/v1/metrics')).toBe(false)
    await page.close()
    const request = await server.current.waitFor((received) => received.url === '/v1/metrics')
    const points = parseOtlpMetrics(request.body)
    const sorting = points.filter(
      (point) =>
        point.metric === 'gridkit.operation.duration' &&
        point.attributes['gridkit.operation'] === 'sorting',
    )
    expect(expected.count).toBe(3)
    expect(sorting.reduce((total, point) => total + point.count, 0)).toBe(expected.count)
    expect(sorting.reduce((total, point) => total + point.sum, 0)).toBeCloseTo(expected.sum, 6)
    expect(sorting[0]?.attributes['gridkit.rows']).toBe('10k-100k')
    const violations = points.filter((point) => point.metric === 'gridkit.budget.violations')
    expect(violations.reduce((total, point) => total + point.value, 0)).toBe(expected.violations)
  })
})
