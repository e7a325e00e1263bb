import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { COLD_CONTENDERS, FIRST_SORT_ENV, type FirstSortResult } from '../cold/first-sort.ts'
import { formatDuration, formatNumber, formatRatio, printTable } from '../harness/format.ts'
import { recordMeasurement } from '../harness/measurements.ts'
import { reportProgress } from '../harness/progress.ts'
import { formatRows, type Suite } from '../harness/suite.ts'

/** The sorts whose first click is timed: an integer, a string and a Date column. */
const COLD_SCENARIOS = [
  'sort integer (age asc)',
  'sort low-cardinality string desc (lastName)',
  'sort Date (createdAt asc)',
] as const

/** Largest table the cold figure is taken at: one fresh process per sample. */
const MAX_COLD_ROWS = 100_000

const FIRST_SORT_SCRIPT = fileURLToPath(new URL('../cold/first-sort.ts', import.meta.url))

function isFirstSortResult(message: unknown): message is FirstSortResult {
  return typeof message === 'object' && message !== null && 'coldMs' in message
}

/** Runs one first sort in a fresh node process (same flags) and resolves with its figures. */
function firstSortInFreshProcess(spec: string): Promise<FirstSortResult> {
  return new Promise((resolve, reject) => {
    let result: FirstSortResult | undefined
    const child = fork(FIRST_SORT_SCRIPT, [], {
      execArgv: process.execArgv,
      env: { ...process.env, [FIRST_SORT_ENV]: spec },
    })
    child.on('message', (message: unknown) => {
      if (isFirstSortResult(message)) result = message
    })
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0 && result !== undefined) resolve(result)
      else reject(new Error(`first sort "${spec}" exited with code ${String(code)}`))
    })
  })
}

/**
 * Issue 13 "Cold": the first sort of a column in a fresh process, beside the same sort's
 * warm median in that process, for GridKit and TanStack 9. Each suite process takes one
 * fresh process per contender and column, so 3 suite processes give 3 cold samples.
 */
export const coldSuite: Suite = {
  name: 'cold',
  title: 'First sort of a column in a fresh process vs warm median (issue 13)',
  async run(options) {
    const sizes = options.sizes.filter((rows) => rows <= MAX_COLD_ROWS)
    for (const rows of sizes) {
      const table = `cold first sort @ ${formatRows(rows)} rows`
      const printed: string[][] = []
      for (const scenario of COLD_SCENARIOS) {
        for (const contender of COLD_CONTENDERS) {
          const result = await firstSortInFreshProcess(`${contender.name}|${scenario}|${rows}`)
          const record = (name: string, ms: number, faults: number): void => {
            recordMeasurement({
              suite: 'cold',
              table,
              scenario,
              contender: name,
              medianMs: ms,
              medianFaults: faults,
              agrees: true,
              process: 0,
            })
          }
          record(`${contender.name} cold`, result.coldMs, result.coldFaults)
          record(`${contender.name} warm`, result.warmMedianMs, result.warmMedianFaults)
          printed.push([
            scenario,
            contender.name,
            `${formatDuration(result.coldMs)} (${formatNumber(result.coldFaults)})`,
            `${formatDuration(result.warmMedianMs)} (${formatNumber(result.warmMedianFaults)})`,
            formatRatio(result.coldMs / result.warmMedianMs),
          ])
          reportProgress(`${formatRows(rows)} cold ${contender.name} ${scenario}`)
        }
      }
      printTable(
        `${table}, this process: first sort vs warm median (minor page faults)`,
        ['scenario', 'contender', 'cold', 'warm median', 'cold/warm'],
        printed,
      )
    }
  },
}
