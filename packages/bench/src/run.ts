import { cpus, totalmem } from 'node:os'
import { formatRows, type BenchOptions, type Suite } from './harness/suite.ts'
import {
  CHILD_SUITE_ENV,
  reportToParent,
  runSuiteInChildProcess,
} from './harness/isolated-suite.ts'
import { startFromCleanHeap } from './harness/measure-alternating.ts'
import { printChecks, recordCheck, recordedChecks } from './harness/targets.ts'
import { alertsSuite } from './suites/alerts.ts'
import { fleetSuite } from './suites/fleet.ts'
import { integrationSuite } from './suites/integration.ts'
import { memorySuite } from './suites/memory.ts'
import { monitorSuite } from './suites/monitor.ts'
import { tableSuite } from './suites/table.ts'

/** Suites in the order they run; `pnpm bench <name...>` runs only those named. */
const SUITES: readonly Suite[] = [
  tableSuite,
  monitorSuite,
  alertsSuite,
  integrationSuite,
  memorySuite,
  fleetSuite,
]

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000]

function parseArguments(argv: readonly string[]): { names: string[]; options: BenchOptions } {
  const names: string[] = []
  let sizes: number[] = DEFAULT_SIZES
  for (const argument of argv) {
    if (argument.startsWith('--sizes=')) {
      sizes = argument
        .slice('--sizes='.length)
        .split(',')
        .map((size) => Number(size.replace(/k$/i, '000').replace(/m$/i, '000000')))
      if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
        throw new Error(`--sizes takes positive row counts such as 10k,100k,1M; got "${argument}"`)
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
  return { names, options: { sizes } }
}

/** In a suite's own process: run that one suite and send its checks to the parent. */
async function runChild(name: string): Promise<void> {
  const suite = SUITES.find((entry) => entry.name === name)
  if (suite === undefined) throw new Error(`unknown suite ${name}`)
  const { options } = parseArguments(process.argv.slice(2))
  startFromCleanHeap()
  await suite.run(options)
  await reportToParent(recordedChecks())
}

async function main(): Promise<void> {
  const { names, options } = parseArguments(process.argv.slice(2))
  const selected =
    names.length === 0 ? SUITES : SUITES.filter((suite) => names.includes(suite.name))
  const started = performance.now()
  const cores = cpus()
  console.log(
    `GridKit bench ${new Date().toISOString()}: node ${process.version}, ` +
      `${cores[0]?.model ?? 'unknown CPU'} x ${cores.length} cores, ` +
      `${Math.round(totalmem() / 2 ** 30)} GB RAM, sizes ${options.sizes.map(formatRows).join(', ')}`,
  )
  const sizesArgument = `--sizes=${options.sizes.join(',')}`
  for (const suite of selected) {
    console.log(`\n=== ${suite.name}: ${suite.title}`)
    const suiteStart = performance.now()
    try {
      const checks = await runSuiteInChildProcess(import.meta.url, suite.name, [sizesArgument])
      for (const check of checks) recordCheck(check)
    } catch (error) {
      process.exitCode = 1
      console.log(
        `\n!!!! SUITE ${suite.name} FAILED: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    console.log(`\n(${suite.name} took ${((performance.now() - suiteStart) / 1000).toFixed(1)} s)`)
  }
  printChecks('All targets', recordedChecks())
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

const childSuite = process.env[CHILD_SUITE_ENV]
await (childSuite === undefined ? main() : runChild(childSuite))
