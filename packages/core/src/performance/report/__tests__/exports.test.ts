import { parse as parseCsv } from 'csv-parse/sync'
import parsePrometheusTextFormat, { type ParsedSample } from 'parse-prometheus-text-format'
import { describe, expect, it } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { EnhancedPerformanceMonitor } from '../../monitor/EnhancedPerformanceMonitor'
import { seededRandom } from '../../stats/__tests__/seededRandom'
import type { OperationMetrics } from '../../types/metrics'
import { CSV_COLUMNS } from '../exportCsv'
import { OPENMETRICS_FAMILIES, exportOpenMetrics } from '../exportOpenMetrics'

const TRICKY_NAMES = [
  'sorting',
  'with,comma',
  'with "quotes"',
  'line\nbreak',
  'carriage\rreturn\r\nend',
  'back\\slash\\n',
  'ünïcødé 表格 🚀',
  ' padded ',
  '=SUM(A1)',
]

function busyMonitor(): EnhancedPerformanceMonitor {
  const monitor = new EnhancedPerformanceMonitor({
    wallClock: () => 1_700_000_000_123,
    windowSize: 64,
  })
  const random = seededRandom(2024)
  TRICKY_NAMES.forEach((name, i) => {
    monitor.setBudget({ operation: name, budgetMs: 10 + i, enabled: true, severity: 'error' })
    for (let n = 0; n < 50 + i * 20; n++) monitor.trackOperation(name, random() * 30)
  })
  monitor.setBudget({ operation: 'sorting', budgetMs: 5, enabled: true, severity: 'critical' })
  monitor.trackOperation('sorting', 1 / 3 + 100)
  monitor.trackOperation('sorting', Number.NaN)
  return monitor
}

function statsByName(monitor: EnhancedPerformanceMonitor): Map<string, OperationMetrics> {
  return new Map(monitor.getAllStats().map((s) => [s.operation, s]))
}

describe('exportMetrics("json")', () => {
  it('parses back to the same report, numbers exact', () => {
    const monitor = busyMonitor()
    const parsed: unknown = JSON.parse(monitor.exportMetrics('json'))
    expect(parsed).toEqual(monitor.generateReport())
  })
})

describe('exportMetrics("csv")', () => {
  it('parses back (RFC 4180) to the same names and numbers', () => {
    const monitor = busyMonitor()
    const csv = monitor.exportMetrics('csv')
    const rows: Record<string, string>[] = parseCsv(csv, { columns: true })
    // Names a spreadsheet would run as formulas come back with the `'` that neutralises them.
    for (const row of rows) {
      if (row.operation !== undefined)
        row.operation = row.operation.replace(/^'(?=[=+\-@\t\r])/, '')
    }
    const expected = statsByName(monitor)
    expect(rows).toHaveLength(TRICKY_NAMES.length)
    for (const row of rows) {
      const stats = expected.get(row.operation!)!
      expect(stats).toBeDefined()
      for (const column of CSV_COLUMNS) {
        if (column === 'operation') continue
        expect(Number(row[column])).toBe(stats[column])
      }
    }
    expect(new Set(rows.map((r) => r.operation))).toEqual(new Set(TRICKY_NAMES))
  })

  it('writes a header, CRLF line ends, and quotes only fields that need it', () => {
    const monitor = new EnhancedPerformanceMonitor({ wallClock: () => 7 })
    monitor.trackOperation('plain', 2)
    monitor.trackOperation('a "b", c', 4)
    expect(monitor.exportMetrics('csv')).toBe(
      'operation,count,avgTime,minTime,maxTime,totalTime,p50,p95,p99,lastExecuted,errorCount,windowCount\r\n' +
        '"a ""b"", c",1,4,4,4,4,4,4,4,7,0,1\r\n' +
        'plain,1,2,2,2,2,2,2,2,7,0,1\r\n',
    )
  })

  it('is only a header when nothing was tracked', () => {
    const rows: unknown[] = parseCsv(new EnhancedPerformanceMonitor().exportMetrics('csv'), {
      columns: true,
    })
    expect(rows).toEqual([])
  })
})

describe('exportMetrics("openmetrics")', () => {
  it('is valid exposition text with HELP/TYPE per family and # EOF last', () => {
    const text = busyMonitor().exportMetrics('openmetrics')
    expect(text.endsWith('# EOF\n')).toBe(true)
    const families = parsePrometheusTextFormat(text)
    const types = Object.fromEntries(families.map((f) => [f.name, f.type]))
    expect(types).toMatchObject({
      [OPENMETRICS_FAMILIES.duration]: 'SUMMARY',
      [OPENMETRICS_FAMILIES.errors]: 'COUNTER',
      [OPENMETRICS_FAMILIES.violations]: 'COUNTER',
      [OPENMETRICS_FAMILIES.dropped]: 'COUNTER',
      [OPENMETRICS_FAMILIES.overflow]: 'COUNTER',
    })
    for (const family of families) {
      if (!family.name.endsWith('_total')) expect(family.help.length).toBeGreaterThan(10)
    }
  })

  it('a single operation parses back as a summary with its quantiles, count and sum', () => {
    const monitor = new EnhancedPerformanceMonitor()
    for (let i = 1; i <= 100; i++) monitor.trackOperation('solo', i)
    const text = monitor.exportMetrics('openmetrics')
    const summary = parsePrometheusTextFormat(text).find(
      (f) => f.name === OPENMETRICS_FAMILIES.duration,
    )!
    const quantiles = summary.metrics[0]?.quantiles ?? {}
    expect(Number(quantiles['0.5'])).toBe(50.5)
    expect(Number(quantiles['0.95'])).toBeCloseTo(95.05, 12)
    expect(Number(quantiles['0.99'])).toBeCloseTo(99.01, 12)
  })

  it('every labelled sample parses back to the right operation and number', () => {
    const monitor = busyMonitor()
    const text = monitor.exportMetrics('openmetrics')
    // The parser merges labelled summary series into one (a limitation of that package), so
    // read the samples one by one by declaring the summary family untyped; label unescaping
    // is still the parser's.
    const untyped = text.replace(
      `# TYPE ${OPENMETRICS_FAMILIES.duration} summary`,
      `# TYPE ${OPENMETRICS_FAMILIES.duration} untyped`,
    )
    // Untyped, each operation's run of samples comes back as its own family: merge by name.
    const families = new Map<string, { metrics: ParsedSample[] }>()
    for (const family of parsePrometheusTextFormat(untyped)) {
      const merged = families.get(family.name) ?? { metrics: [] }
      merged.metrics.push(...family.metrics)
      families.set(family.name, merged)
    }
    const expected = statsByName(monitor)
    const { duration, errors, violations, dropped, overflow } = OPENMETRICS_FAMILIES

    const quantileSamples = families.get(duration)!.metrics
    expect(quantileSamples).toHaveLength(TRICKY_NAMES.length * 3)
    for (const sample of quantileSamples) {
      const stats = expected.get(sample.labels!.operation!)!
      const field = ({ '0.5': 'p50', '0.95': 'p95', '0.99': 'p99' } as const)[
        sample.labels!.quantile as '0.5' | '0.95' | '0.99'
      ]
      expect(Number(sample.value)).toBe(stats[field])
    }
    for (const [suffix, field] of [
      ['_sum', 'totalTime'],
      ['_count', 'count'],
    ] as const) {
      const samples = families.get(duration + suffix)!.metrics
      expect(samples.map((s) => s.labels!.operation).sort()).toEqual([...TRICKY_NAMES].sort())
      for (const sample of samples) {
        expect(Number(sample.value)).toBe(expected.get(sample.labels!.operation!)![field])
      }
    }
    for (const sample of families.get(`${errors}_total`)!.metrics) {
      expect(Number(sample.value)).toBe(expected.get(sample.labels!.operation!)!.errorCount)
    }
    const report = monitor.generateReport()
    for (const sample of families.get(`${violations}_total`)!.metrics) {
      const counts = report.violations!.byOperation.find(
        (c) => c.operation === sample.labels!.operation,
      )!
      const severity = sample.labels!.severity as 'warning' | 'error' | 'critical'
      expect(Number(sample.value)).toBe(counts[severity])
    }
    expect(families.get(`${violations}_total`)!.metrics).toHaveLength(TRICKY_NAMES.length * 3)
    expect(Number(families.get(`${dropped}_total`)!.metrics[0]?.value)).toBe(1)
    expect(Number(families.get(`${overflow}_total`)!.metrics[0]?.value)).toBe(0)
  })

  it('leaves the violations family out of a report without violations', () => {
    const monitor = busyMonitor()
    const text = exportOpenMetrics(monitor.generateReport({ includeViolations: false }))
    const names = parsePrometheusTextFormat(text).map((f) => f.name)
    expect(names).not.toContain(OPENMETRICS_FAMILIES.violations)
    expect(names).toContain(OPENMETRICS_FAMILIES.dropped)
  })

  it('gives NaN quantiles to an operation that has only errors, no samples', () => {
    // A clock that cannot measure: the failed call's sample is dropped, its error is counted.
    const monitor = new EnhancedPerformanceMonitor({ now: () => Number.NaN })
    expect(() =>
      monitor.measure('fetch', () => {
        throw new Error('offline')
      }),
    ).toThrow('offline')
    const text = monitor.exportMetrics('openmetrics')
    const name = 'gridkit_operation_duration_milliseconds'
    expect(text).toContain(`${name}{operation="fetch",quantile="0.5"} NaN`)
    expect(text).toContain(`${name}_count{operation="fetch"} 0`)
    expect(text).toContain('gridkit_operation_errors_total{operation="fetch"} 1')
  })

  it('escapes backslash, quote and newline in label values', () => {
    const monitor = new EnhancedPerformanceMonitor()
    monitor.trackOperation('a\\b"c\nd', 1)
    expect(monitor.exportMetrics('openmetrics')).toContain(
      'gridkit_operation_duration_milliseconds_count{operation="a\\\\b\\"c\\nd"} 1\n',
    )
  })
})

describe('exportMetrics', () => {
  it('rejects an unknown format naming the option', () => {
    const monitor = new EnhancedPerformanceMonitor()
    expect(() => monitor.exportMetrics('xml' as 'json')).toThrow(GridKitError)
    expect(() => monitor.exportMetrics('xml' as 'json')).toThrow(/format must be/)
  })
})
