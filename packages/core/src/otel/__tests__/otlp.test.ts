import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http'
import { resourceFromAttributes } from '@opentelemetry/resources'
import {
  AggregationType,
  MeterProvider,
  PeriodicExportingMetricReader,
  type ViewOptions,
} from '@opentelemetry/sdk-metrics'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startReceiver, type Receiver } from '../../performance/alerts/__tests__/receiver'
import { generateData, columns } from '../../performance/integration/__tests__/fixture'
import { createTable } from '../../performance/integration/create-monitored-table'
import { connectOpenTelemetry, DURATION_HISTOGRAM, VIOLATION_COUNTER } from '..'
import { parseOtlpMetrics, type OtlpPoint } from './otlp-json'

// The real OpenTelemetry SDK (sdk-metrics 2.x, OTLP/HTTP JSON exporter 0.2xx) exporting to a
// local receiver: what arrives must be what the table recorded.

let receiver: Receiver
beforeAll(async () => {
  receiver = await startReceiver()
})
afterAll(async () => {
  await receiver.close()
})

function createProvider(views?: ViewOptions[]): MeterProvider {
  return new MeterProvider({
    resource: resourceFromAttributes({ 'service.name': 'gridkit-test' }),
    views,
    readers: [
      new PeriodicExportingMetricReader({
        exporter: new OTLPMetricExporter({ url: `${receiver.origin}/v1/metrics` }),
        // Long enough that only forceFlush exports in the test.
        exportIntervalMillis: 600_000,
      }),
    ],
  })
}

/** A 5,000-row table with tight budgets, sorted and filtered a few times. */
function exerciseTable(meterProvider: MeterProvider, tableId = false) {
  const table = createTable({
    data: generateData(5_000),
    columns,
    features: { performance: { budgets: { sorting: 0.000_001, filtering: 1_000_000 } } },
  })
  const metrics = table.metrics
  const connection = connectOpenTelemetry(metrics, {
    meter: meterProvider.getMeter('orders-app'),
    tableId,
  })
  for (const column of ['name', 'value', 'id']) {
    table.setSorting([{ id: column, desc: false }])
    table.getRowModel()
  }
  table.setColumnFilter('group', 'b')
  table.getRowModel()
  return { table, metrics, connection }
}

async function exportedPoints(start: number): Promise<OtlpPoint[]> {
  await receiver.waitFor((request) => request.url === '/v1/metrics')
  return receiver.requests.slice(start).flatMap((request) => parseOtlpMetrics(request.body))
}

describe('connectOpenTelemetry with the real SDK, OTLP/HTTP JSON to 127.0.0.1', () => {
  it('the receiver sees the duration histogram with the counts and sums the table recorded', async () => {
    const start = receiver.requests.length
    const provider = createProvider()
    const { metrics, table } = exerciseTable(provider)
    await provider.forceFlush()
    const request = receiver.requests[start]
    expect(request?.headers['content-type']).toMatch(/application\/json/)
    const points = await exportedPoints(start)
    const sorting = metrics.getOperationStats('sorting')
    const filtering = metrics.getOperationStats('filtering')
    expect(sorting?.count).toBeGreaterThanOrEqual(3)
    expect(filtering?.count).toBeGreaterThanOrEqual(1)
    for (const stats of [sorting, filtering]) {
      const mine = points.filter(
        (point) =>
          point.metric === DURATION_HISTOGRAM &&
          point.attributes['gridkit.operation'] === stats?.operation,
      )
      expect(mine.length).toBeGreaterThan(0)
      expect(mine.every((point) => point.unit === 'ms' && point.kind === 'histogram')).toBe(true)
      expect(mine.reduce((total, point) => total + point.count, 0)).toBe(stats?.count)
      expect(mine.reduce((total, point) => total + point.sum, 0)).toBeCloseTo(
        stats?.totalTime ?? NaN,
        6,
      )
      // Attributes are bounded: operation and row-count bucket only (no table id unless asked).
      for (const point of mine) {
        expect(Object.keys(point.attributes).sort()).toEqual(['gridkit.operation', 'gridkit.rows'])
      }
    }
    // Explicit buckets derived from the budgets, as advised.
    const sortingPoint = points.find((point) => point.attributes['gridkit.operation'] === 'sorting')
    expect(sortingPoint?.explicitBounds).toContain(1_000_000)
    expect(sortingPoint?.attributes['gridkit.rows']).toBe('1k-10k')
    table.destroy()
    await provider.shutdown()
  })

  it('the receiver sees the violation counter by severity, operation and row bucket', async () => {
    const start = receiver.requests.length
    const provider = createProvider()
    const { metrics, table } = exerciseTable(provider)
    await provider.forceFlush()
    const points = await exportedPoints(start)
    const counter = points.filter((point) => point.metric === VIOLATION_COUNTER)
    const expected = metrics.getSummary().operations.sorting?.violations.warning
    expect(expected).toBeGreaterThanOrEqual(3)
    expect(counter).toEqual([
      expect.objectContaining({
        kind: 'sum',
        value: expected,
        attributes: {
          'gridkit.operation': 'sorting',
          'gridkit.rows': '1k-10k',
          'gridkit.violation.severity': 'warning',
        },
      }),
    ])
    table.destroy()
    await provider.shutdown()
  })

  it('an SDK view asking for exponential histograms gets them; the table id only when asked', async () => {
    const start = receiver.requests.length
    const provider = createProvider([
      { instrumentName: 'gridkit.*', aggregation: { type: AggregationType.EXPONENTIAL_HISTOGRAM } },
    ])
    const { metrics, table } = exerciseTable(provider, true)
    await provider.forceFlush()
    const points = (await exportedPoints(start)).filter(
      (point) => point.metric === DURATION_HISTOGRAM,
    )
    expect(points.length).toBeGreaterThan(0)
    expect(points.every((point) => point.kind === 'exponentialHistogram')).toBe(true)
    expect(points.every((point) => point.attributes['gridkit.table.id'] === table.id)).toBe(true)
    expect(points.reduce((total, point) => total + point.count, 0)).toBe(
      metrics.getAllStats().reduce((total, stats) => total + stats.count, 0),
    )
    table.destroy()
    await provider.shutdown()
  })

  it('after disconnect nothing more is recorded', async () => {
    const start = receiver.requests.length
    const provider = createProvider()
    const { metrics, table, connection } = exerciseTable(provider)
    const recorded = metrics.getAllStats().reduce((total, stats) => total + stats.count, 0)
    connection.disconnect()
    connection.disconnect()
    table.setSorting([{ id: 'group', desc: true }])
    table.getRowModel()
    await provider.forceFlush()
    const points = (await exportedPoints(start)).filter(
      (point) => point.metric === DURATION_HISTOGRAM,
    )
    expect(points.reduce((total, point) => total + point.count, 0)).toBe(recorded)
    expect(metrics.getAllStats().reduce((total, stats) => total + stats.count, 0)).toBeGreaterThan(
      recorded,
    )
    table.destroy()
    await provider.shutdown()
  })
})
