import { gridkit } from '../contenders/gridkit.ts'
import { plainJs } from '../contenders/plain-js.ts'
import type { TableContender } from '../contenders/table-contender.ts'
import { TableDriver } from '../contenders/table-driver.ts'
import { tanstack8 } from '../contenders/tanstack8.ts'
import { tanstack9 } from '../contenders/tanstack9.ts'
import { generatePeople, type Person } from '../data/people.ts'
import { formatNumber, printTable } from '../harness/format.ts'
import { measureAlternating } from '../harness/measure-alternating.ts'
import { retainedBytes } from '../harness/retained-heap.ts'
import {
  formatRows,
  runsForSize,
  type Rounds,
  type Suite,
  type TableRounds,
} from '../harness/suite.ts'
import { reportProgress } from '../harness/progress.ts'
import { recordMeasurement } from '../harness/measurements.ts'
import { printChecks } from '../harness/targets.ts'
import {
  printSizeTable,
  recordCreateScaling,
  recordTableTargets,
  type Roles,
  type ScenarioRow,
} from './table-results.ts'
import { PAGE_SIZE, TABLE_SCENARIOS, type TableScenario } from './table-scenarios.ts'

/**
 * The floor run a second time under another name: the A/A pair. Its ratio to the floor is
 * the noise of the method itself (same code, same data, alternated in the same rounds).
 */
const plainJsAgain: TableContender = {
  ...plainJs,
  name: 'plain-js A/A',
  // At 1M one collator sort takes seconds: the A/A reading at 100k is the noise reference.
  maxRows: 100_000,
  skipReason: 'the A/A reading at 100k is the noise reference; at 1M it would add minutes',
}

/** The first contender is the one under test; the floor and its A/A twin go last. */
const CONTENDERS: readonly TableContender[] = [gridkit, tanstack9, tanstack8, plainJs, plainJsAgain]
const ROLES: Roles = {
  primary: CONTENDERS[0]?.name ?? '',
  baseline9: tanstack9.name,
  baseline8: tanstack8.name,
  floor: plainJs.name,
  floorAgain: plainJsAgain.name,
}
const MILLION = 1_000_000

/**
 * Creation, timed twice: with the first page read (what a table costs before its first
 * render), and with every core row read on a fresh table (what an export of all rows costs;
 * GridKit makes rows on first read, TanStack builds them all in `getCoreRowModel`).
 */
async function timeCreate(
  contenders: readonly TableContender[],
  data: readonly Person[],
): Promise<ScenarioRow[]> {
  const rounds = { runs: runsForSize(data.length).runs, warmup: runsForSize(data.length).warmup }
  const firstPage = contenders.map((contender) => ({
    name: contender.name,
    run: () => {
      contender.create(data, PAGE_SIZE).pageIds()
    },
  }))
  const pages = contenders.map((contender) => contender.create(data, PAGE_SIZE).pageIds().join(','))
  const withRows = contenders.filter(
    (contender) => contender.create(data.slice(0, 1), PAGE_SIZE).readCoreRows !== undefined,
  )
  const everyRow = withRows.map((contender) => ({
    name: contender.name,
    run: () => {
      contender.create(data, PAGE_SIZE).readCoreRows?.()
    },
  }))
  const counts = withRows.map((contender) => contender.create(data, PAGE_SIZE).readCoreRows?.())
  return [
    {
      name: 'create + first page',
      floorComparable: false,
      results: await measureAlternating(firstPage, rounds),
      agree: reportAgreement('create + first page', contenders, pages, data.length),
    },
    {
      name: 'create + every core row read',
      floorComparable: false,
      results: await measureAlternating(everyRow, rounds),
      agree: counts.every((count) => count === data.length),
    },
  ]
}

/** The rounds a contender takes at this size: its own, or the floor's, or TanStack's. */
function roundsOf(name: string, sized: TableRounds): Rounds {
  if (name === tanstack9.name || name === tanstack8.name) return sized.slow
  if (name === plainJs.name || name === plainJsAgain.name) return sized.floor
  return sized
}

async function timeScenario(
  scenario: TableScenario,
  contenders: readonly TableContender[],
  drivers: readonly TableDriver[],
  rows: number,
): Promise<ScenarioRow> {
  const sized = runsForSize(rows)
  const trials = drivers.map((driver, index) => {
    const name = contenders[index]?.name ?? '?'
    const rounds = roundsOf(name, sized)
    return {
      name,
      prepare: () => scenario.prepare(driver),
      run: () => scenario.run(driver),
      ...(rounds === sized ? {} : { maxRuns: rounds.runs, maxWarmup: rounds.warmup }),
    }
  })
  const base = { runs: sized.runs, warmup: sized.warmup }
  const options =
    scenario.callsPerRun === undefined ? base : { ...base, callsPerRun: scenario.callsPerRun }
  const results = await measureAlternating(trials, options)
  const signatures = drivers.map((driver) => {
    scenario.prepare(driver)
    scenario.run(driver)
    return scenario.signature(driver)
  })
  return {
    name: scenario.name,
    ...(scenario.target === undefined ? {} : { target: scenario.target }),
    floorComparable: true,
    results,
    agree: reportAgreement(scenario.name, contenders, signatures, rows),
  }
}

/** Prints a loud mismatch for every contender whose result differs from the plain-JS floor's. */
function reportAgreement(
  scenario: string,
  contenders: readonly TableContender[],
  signatures: readonly string[],
  rows: number,
): boolean {
  const reference = signatures[contenders.findIndex((c) => c.name === plainJs.name)] ?? ''
  let agree = true
  signatures.forEach((signature, index) => {
    if (signature === reference) return
    agree = false
    const name = contenders[index]?.name ?? '?'
    console.log(
      `\n!!!! MISMATCH at ${formatRows(rows)} rows in "${scenario}": ${name} differs from plain-js`,
    )
    console.log(`  ${name}: ${signature.slice(0, 400)}`)
    console.log(`  plain-js: ${reference.slice(0, 400)}`)
  })
  return agree
}

async function measureHeap(
  contenders: readonly TableContender[],
  data: readonly Person[],
): Promise<Map<string, number>> {
  const repeats = data.length >= 1_000_000 ? 1 : 3
  const perRow = new Map<string, number>()
  const fewRows = data.slice(0, 1000)
  for (const contender of contenders) {
    if (contender === plainJsAgain) continue
    const buildSorted = (rows: readonly Person[]) => () => {
      const handle = contender.create(rows, PAGE_SIZE)
      handle.setSorting([{ id: 'age', desc: false }])
      handle.getRowModel()
      return handle
    }
    const bytes = await retainedBytes(buildSorted(data), repeats, buildSorted(fewRows))
    perRow.set(contender.name, bytes / data.length)
  }
  printTable(
    `table @ ${formatRows(data.length)} rows: retained heap after gc, core + sorted models built and the page read (the data array itself excluded)`,
    ['contender', 'bytes per row', 'MB total'],
    contenders
      .filter((contender) => contender !== plainJsAgain)
      .map((contender) => {
        const bytes = perRow.get(contender.name) ?? NaN
        return [contender.name, formatNumber(bytes), formatNumber((bytes * data.length) / 1e6)]
      }),
  )
  return perRow
}

/** Sends every contender's medians of one size to the parent, for the combined tables. */
function recordSize(rows: number, scenarioRows: readonly ScenarioRow[]): void {
  for (const row of scenarioRows) {
    for (const result of row.results) {
      recordMeasurement({
        suite: 'table',
        table: `table @ ${formatRows(rows)} rows`,
        scenario: row.name,
        contender: result.name,
        medianMs: result.medianMs,
        medianFaults: result.medianFaults,
        agrees: row.agree,
        process: 0,
      })
    }
  }
}

/**
 * Issues 2 and 13: GridKit's table core against TanStack 9, TanStack 8, the plain-JS floor
 * and the floor's A/A twin; at 1M rows only creation and the sorts (the targets there).
 */
export const tableSuite: Suite = {
  name: 'table',
  title: 'Table core vs TanStack Table 9 / 8 and the plain-JS floor (issues 2, 13)',
  async run(options) {
    const createMs = new Map<string, number>()
    for (const rows of options.sizes) {
      const contenders = CONTENDERS.filter((c) => c.maxRows === undefined || rows <= c.maxRows)
      for (const skipped of CONTENDERS.filter((c) => !contenders.includes(c))) {
        console.log(
          `\n(${skipped.name} skipped at ${formatRows(rows)} rows: ${skipped.skipReason ?? 'it would not fit the heap'})`,
        )
      }
      const data = generatePeople(rows)
      const bytesPerRow = await measureHeap(contenders, data)
      reportProgress(`${formatRows(rows)} retained heap`)
      const created = await timeCreate(contenders, data)
      for (const row of created) {
        const own = row.results.find((result) => result.name === ROLES.primary)
        if (own !== undefined) createMs.set(`${row.name}@${String(rows)}`, own.medianMs)
      }
      const scenarioRows: ScenarioRow[] = [...created]
      reportProgress(`${formatRows(rows)} create`)
      const drivers = contenders.map((c) => new TableDriver(c.create(data, PAGE_SIZE)))
      const scenarios = TABLE_SCENARIOS.filter((s) => rows < MILLION || s.atMillion === true)
      for (const scenario of scenarios) {
        scenarioRows.push(await timeScenario(scenario, contenders, drivers, rows))
        reportProgress(`${formatRows(rows)} ${scenario.name}`)
      }
      printSizeTable(
        rows,
        contenders.map((c) => c.name),
        ROLES,
        scenarioRows,
      )
      recordSize(rows, scenarioRows)
      printChecks(
        `table targets @ ${formatRows(rows)} rows (issues 2, 13), this process`,
        recordTableTargets(ROLES, rows, scenarioRows, bytesPerRow),
      )
    }
    const scaling = recordCreateScaling(createMs)
    if (scaling.length > 0) printChecks('create scaling (issue 13), this process', scaling)
  },
}
