import { describe, expect, it } from 'vitest'
import type { Plugin } from 'esbuild'
import { bytesByArea, formatKb, measureBundle } from './bundle-size'

// Issue 13 "Bundle": budgets of GridKit's own code in an app's production bundle, in bytes
// of gzip (esbuild, minified, tree-shaken). A bundle over its budget fails `pnpm test`.
const KB = 1024
/** Issue 13's target for the light table. */
const LIGHT_TABLE_TARGET = 9 * KB
/**
 * What the light table may not grow past meanwhile (a guard, not the target): main on
 * 2 December was 10,380 B after the radix sorts landed (9,248 B before), 11,025 B on
 * 3 December after string sorts ranked without a comparator (3-4x faster natural-order and
 * nearly-distinct string sorts for about 600 B), 11,340 B later that day after one inline-cache
 * site per accessorKey (+83 B; filters 0.84-0.97x of before) and keys that break a shared
 * prefix sorted apart (+100 B; URLs with one '' 0.67x of before), 11,558 B after ASCII texts
 * were compared with the filters' queries without lower-cased copies (+218 B; includesString
 * 0.92x and equalsString 0.97x of the floor, 1.13x and 1.04x before), 11,975 B after the
 * keys of distinct texts were written into one reused buffer instead of one string each
 * (+417 B; natural-order codes 0.069x of the floor, 0.138x before; nearly-distinct strings
 * 0.104x, 0.174x before), 12,057 B after filters read an array of the rows' data items (+82 B;
 * equalsString 0.77-0.87x of the floor, 0.93-1.01x before), 12,136 B when that array was reused across
 * setData (+79 B; the first filter after setData 5.4-5.7 ms at 100k, 11.0 ms with a fresh
 * array), 12,592 B after rows were made on first read and the stages moved to data indices
 * (+456 B; a 1M-row create + first page 0.25 ms instead of 195 ms, a 100k sort by age 3.5 ms
 * instead of 14 ms, scratch runs), 12,669 B after a read page let go of its core build and
 * kept models were tracked by the leak detector (+77 B), 12,664 B after getIsAllRowsSelected
 * read its model's source and count once (-5 B); the target is printed as met or not. Lowered as the table
 * is trimmed.
 */
const LIGHT_TABLE_BUDGET = 12.5 * KB
const VENDOR_ENTRY_BUDGET = 2 * KB
/** Issue 13's target for the table with monitoring: not met yet (see the report below). */
const MONITORED_TABLE_TARGET = 18 * KB
/**
 * What the table with monitoring may not grow past meanwhile: its size on main on 3 December
 * (29.1 KB on 2 December; then the app's own Sentry found at send time and its upload
 * confirmed, New Relic's agent state read, string ranks, and exact tracking of the rows
 * handed to the app, issue 10 §6) plus room for one small change; 32,743 B after the text
 * keys' buffer (+396 B, see the light table), 32,893 B after the filters' data items (+150 B),
 * 33,352 B after rows made on first read (+459 B, see the light table), 33,523 B after kept
 * models were tracked (+171 B). Lowered as the
 * monitor path is trimmed towards the 18 KB target.
 */
const MONITORED_TABLE_BUDGET = 33 * KB

const LIGHT_APP = `
  import { createTable } from './table'
  const table = createTable({ data: [{ a: 1 }], columns: [{ accessorKey: 'a' }] })
  table.setSorting([{ id: 'a', desc: true }])
  console.log(table.getRowModel().rows.length)
`
const MONITORED_APP = `
  import { createTable } from './index'
  const table = createTable({
    data: [{ a: 1 }],
    columns: [{ accessorKey: 'a' }],
    features: { performance: { enabled: true } },
  })
  console.log(table.getRowModel().rows.length, table.metrics.getOperationStats('sorting'))
`
/**
 * The monitor's parts that a table with monitoring reaches through its configuration (alert
 * delivery, interactions, leak and heap tracking, the summary beacon, reports), cut out to
 * show what the rest weighs: the floor of the monitored bundle under today's table and the
 * spec's synchronous monitor API (issue 13 note in docs/performance/configuration.md).
 */
const OPTIONAL_PARTS =
  /\/(alerts\/(AlertDispatcher|config)|interactions\/observeInteractions|summary\/(connectSummaryBeacon|SummaryRecorder)|memory\/(MemoryTracker|HandedRows)|report\/[A-Za-z]+)$/
const cutOptionalParts: Plugin = {
  name: 'cut-optional-parts',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.importer !== '' && OPTIONAL_PARTS.test(args.path)
        ? { path: args.path, external: true }
        : undefined,
    )
  },
}

const VENDOR_ENTRIES = {
  sentry: ['SentryAlertDestination', './performance/alerts/sentry'],
  datadog: ['DataDogAlertDestination', './performance/alerts/datadog'],
  newrelic: ['NewRelicAlertDestination', './performance/alerts/newrelic'],
} as const

function report(name: string, gzipBytes: number, minifiedBytes: number, budget: number): void {
  console.log(
    `bundle ${name}: ${formatKb(gzipBytes)} gzip (${String(gzipBytes)} B; ${formatKb(minifiedBytes)} minified), ` +
      `budget ${formatKb(budget)} (${String(budget)} B)`,
  )
}

describe('bundle sizes of an app using GridKit (esbuild, minified, gzip)', () => {
  it(`createTable from '@gridkit/core/table' stays under its budget and carries no monitor`, async () => {
    const bundle = await measureBundle(LIGHT_APP)
    report(
      `'@gridkit/core/table' createTable`,
      bundle.gzipBytes,
      bundle.minifiedBytes,
      LIGHT_TABLE_BUDGET,
    )
    console.log(
      `  issue 13 target ${formatKb(LIGHT_TABLE_TARGET)}: ${bundle.gzipBytes <= LIGHT_TABLE_TARGET ? 'met' : 'NOT MET'}`,
    )
    expect(bundle.modules.filter((path) => path.includes('performance/'))).toEqual([])
    expect(bundle.gzipBytes).toBeLessThanOrEqual(LIGHT_TABLE_BUDGET)
  }, 30_000)

  it(`createTable from '@gridkit/core' with monitoring stays under its budget`, async () => {
    const bundle = await measureBundle(MONITORED_APP)
    report(
      `'@gridkit/core' createTable + monitoring`,
      bundle.gzipBytes,
      bundle.minifiedBytes,
      MONITORED_TABLE_BUDGET,
    )
    console.log(
      `  issue 13 target ${formatKb(MONITORED_TABLE_TARGET)}: ${bundle.gzipBytes <= MONITORED_TABLE_TARGET ? 'met' : 'NOT MET'}`,
    )
    for (const [area, bytes] of bytesByArea(bundle)) {
      console.log(`  ${area}: ${formatKb(bytes)} minified`)
    }
    const core = await measureBundle(MONITORED_APP, { plugins: [cutOptionalParts] })
    console.log(
      `  without alert delivery, interactions, memory, summary and reports: ${formatKb(core.gzipBytes)} gzip (${String(core.gzipBytes)} B)`,
    )
    expect(bundle.modules.some((path) => path.includes('EnhancedPerformanceMonitor'))).toBe(true)
    expect(core.modules.some((path) => /AlertDispatcher|MemoryTracker|exportCsv/.test(path))).toBe(
      false,
    )
    expect(bundle.gzipBytes).toBeLessThanOrEqual(MONITORED_TABLE_BUDGET)
  }, 30_000)

  it('each vendor entry adds at most 2 KB gzip of GridKit code beside its SDK', async () => {
    const monitored = await measureBundle(MONITORED_APP)
    for (const [vendor, [name, entry]] of Object.entries(VENDOR_ENTRIES)) {
      const bundle = await measureBundle(
        `${MONITORED_APP}\nimport { ${name} } from '${entry}'\nconsole.log(${name})`,
      )
      const added = bundle.gzipBytes - monitored.gzipBytes
      report(
        `+ '@gridkit/core/alerts/${vendor}' (SDK external)`,
        added,
        bundle.minifiedBytes - monitored.minifiedBytes,
        VENDOR_ENTRY_BUDGET,
      )
      expect(bundle.modules.some((path) => path.includes(entry.slice(2)))).toBe(true)
      expect(added).toBeLessThanOrEqual(VENDOR_ENTRY_BUDGET)
    }
  }, 60_000)
})
