import { cpus, totalmem } from 'node:os'
import { captureStdout, capturedStdout } from './harness/capture-output.ts'
import {
  checksTable,
  combineChecks,
  measurementTables,
  printSavedTable,
  type RatioColumn,
  type SavedTable,
} from './harness/combine.ts'
import {
  CHILD_SUITE_ENV,
  reportToParent,
  runSuiteInChildProcess,
  type SuiteReport,
} from './harness/isolated-suite.ts'
import { startFromCleanHeap } from './harness/measure-alternating.ts'
import { recordedMeasurements, type Measurement } from './harness/measurements.ts'
import { saveRun, type SavedRun } from './harness/saved-run.ts'
import { formatRows, type BenchOptions, type Suite } from './harness/suite.ts'
import { recordedChecks, type TargetCheck } from './harness/targets.ts'
import { alertsSuite } from './suites/alerts.ts'
import { coldSuite } from './suites/cold.ts'
import { fleetSuite } from './suites/fleet.ts'
import { integrationSuite } from './suites/integration.ts'
import { memorySuite } from './suites/memory.ts'
import { monitorSuite } from './suites/monitor.ts'
import { tableSuite } from './suites/table.ts'
import { unreadTableSuite } from './suites/unread-table.ts'

/** Suites in the order they run; `pnpm bench <name...>` runs only those named. */
const SUITES: readonly Suite[] = [
  tableSuite,
  coldSuite,
  monitorSuite,
  alertsSuite,
  integrationSuite,
  memorySuite,
  unreadTableSuite,
  fleetSuite,
]

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000]
const DEFAULT_PROCESSES = 3

/** Ratios shown beside the combined table medians (taken per process). */
const RATIO_COLUMNS: readonly RatioColumn[] = [
  { label: 'gridkit/floor', numerator: 'gridkit', denominator: 'plain-js' },
  { label: 't9/gridkit', numerator: 'tanstack9', denominator: 'gridkit' },
  { label: 'A/A', numerator: 'plain-js A/A', denominator: 'plain-js' },
  { label: 'gridkit cold/warm', numerator: 'gridkit cold', denominator: 'gridkit warm' },
  { label: 't9 cold/warm', numerator: 'tanstack9 cold', denominator: 'tanstack9 warm' },
]

function parseSizes(argument: string): number[] {
  const sizes = argument
    .slice('--sizes='.length)
    .split(',')
    .map((size) => Number(size.replace(/k$/i, '000').replace(/m$/i, '000000')))
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
    throw new Error(`--sizes takes positive row counts such as 10k,100k,1M; got "${argument}"`)
  }
  return sizes
}

function parseArguments(argv: readonly string[]): { names: string[]; options: BenchOptions } {
  const names: string[] = []
  let sizes: number[] = DEFAULT_SIZES
  let processes = DEFAULT_PROCESSES
  for (const argument of argv) {
    if (argument.startsWith('--sizes=')) {
      sizes = parseSizes(argument)
    } else if (argument.startsWith('--processes=')) {
      processes = Number(argument.slice('--processes='.length))
      if (!Number.isInteger(processes) || processes < 1) {
        throw new Error(`--processes takes a positive integer (3 by default); got "${argument}"`)
      }
    } else if (argument !== '--') {
      names.push(argument)
    }
  }
  const unknown = names.filter((name) => !SUITES.some((suite) => suite.name === name))
  if (unknown.length > 0) {
    throw new Error(
      `unknown suite ${unknown.join(', ')}; suites: ${SUITES.map((suite) => suite.name).join(', ')}`,
    )
  }
  return { names, options: { sizes, processes } }
}

/** In a suite's own process: run that one suite and send its figures to the parent. */
async function runChild(name: string): Promise<void> {
  const suite = SUITES.find((entry) => entry.name === name)
  if (suite === undefined) throw new Error(`unknown suite ${name}`)
  const { options } = parseArguments(process.argv.slice(2))
  startFromCleanHeap()
  await suite.run(options)
  await reportToParent(recordedChecks(), recordedMeasurements())
}

/** Runs `suite` in `processes` fresh processes, one after the other. */
async function runSuite(
  suite: Suite,
  options: BenchOptions,
): Promise<{ reports: SuiteReport[]; seconds: number }> {
  const started = performance.now()
  const reports: SuiteReport[] = []
  for (let index = 0; index < options.processes; index++) {
    console.log(`\n=== ${suite.name}: ${suite.title} (process ${index + 1}/${options.processes})`)
    const report = await runSuiteInChildProcess(
      import.meta.url,
      suite.name,
      [`--sizes=${options.sizes.join(',')}`],
      Math.max(...options.sizes),
    )
    reports.push({
      checks: report.checks,
      measurements: report.measurements.map((entry) => ({ ...entry, process: index })),
    })
  }
  return { reports, seconds: (performance.now() - started) / 1000 }
}

async function main(): Promise<void> {
  captureStdout()
  const { names, options } = parseArguments(process.argv.slice(2))
  const selected =
    names.length === 0 ? SUITES : SUITES.filter((suite) => names.includes(suite.name))
  const started = performance.now()
  const cores = cpus()
  const machine =
    `node ${process.version}, ${cores[0]?.model ?? 'unknown CPU'} x ${cores.length} cores, ` +
    `${Math.round(totalmem() / 2 ** 30)} GB RAM`
  const startedAt = new Date().toISOString()
  console.log(
    `GridKit bench ${startedAt}: ${machine}, sizes ${options.sizes.map(formatRows).join(', ')}, ` +
      `${options.processes} processes per suite`,
  )
  const perProcessChecks: TargetCheck[][] = []
  const measurements: Measurement[] = []
  const suites: SavedRun['suites'] = []
  const tables: SavedTable[] = []
  for (const suite of selected) {
    try {
      const { reports, seconds } = await runSuite(suite, options)
      suites.push({ name: suite.name, title: suite.title, seconds })
      const suiteMeasurements = reports.flatMap((report) => report.measurements)
      measurements.push(...suiteMeasurements)
      reports.forEach((report, index) => {
        perProcessChecks[index] = [...(perProcessChecks[index] ?? []), ...report.checks]
      })
      console.log(`\n=== ${suite.name}: combined over ${options.processes} processes`)
      for (const table of measurementTables(suiteMeasurements, RATIO_COLUMNS)) {
        tables.push(table)
        printSavedTable(table)
      }
      console.log(`\n(${suite.name} took ${seconds.toFixed(1)} s)`)
    } catch (error) {
      process.exitCode = 1
      console.log(
        `\n!!!! SUITE ${suite.name} FAILED: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  }
  const checks = combineChecks(perProcessChecks)
  const summary = checksTable(
    `All targets over ${options.processes} processes (a target passes only if it passes in every process; ! marks a process that missed)`,
    checks,
  )
  printSavedTable(summary)
  const totalSeconds = (performance.now() - started) / 1000
  console.log(`\nTotal ${totalSeconds.toFixed(1)} s`)
  const path = saveRun({
    startedAt,
    machine,
    argv: process.argv.slice(2),
    sizes: [...options.sizes],
    processes: options.processes,
    totalSeconds,
    suites,
    checks,
    summary,
    tables,
    output: capturedStdout(),
  })
  console.log(`Saved to ${path} (pnpm bench:doc writes docs/benchmarks.md from it)`)
}

const childSuite = process.env[CHILD_SUITE_ENV]
await (childSuite === undefined ? main() : runChild(childSuite))
