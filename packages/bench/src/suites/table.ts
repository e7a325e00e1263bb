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
import { formatRows, runsForSize, type Suite } from '../harness/suite.ts'
import { reportProgress } from '../harness/progress.ts'
import { printChecks } from '../harness/targets.ts'
import {
  printSizeTable,
  recordTableTargets,
  type Roles,
  type ScenarioRow,
} from './table-results.ts'
import { PAGE_SIZE, TABLE_SCENARIOS, type TableScenario } from './table-scenarios.ts'

/** The first contender is the one under test; plain-JS goes last as the reference. */
const CONTENDERS: readonly TableContender[] = [gridkit, tanstack9, tanstack8, plainJs]
const ROLES: Roles = {
  primary: CONTENDERS[0]?.name ?? '',
  baseline9: tanstack9.name,
  baseline8: tanstack8.name,
  floor: plainJs.name,
}
const TARGET_ROWS = 100_000

async function timeCreate(
  contenders: readonly TableContender[],
  data: readonly Person[],
): Promise<ScenarioRow> {
  const trials = contenders.map((contender) => ({
    name: contender.name,
    run: () => {
      contender.create(data, PAGE_SIZE)
    },
  }))
  const pages = contenders.map((contender) => contender.create(data, PAGE_SIZE).pageIds().join(','))
  return {
    name: 'create + core model',
    sortOrFilter: false,
    floorComparable: false,
    results: await measureAlternating(trials, runsForSize(data.length)),
    agree: reportAgreement('create + core model', contenders, pages, data.length),
  }
}

async function timeScenario(
  scenario: TableScenario,
  contenders: readonly TableContender[],
  drivers: readonly TableDriver[],
  rows: number,
): Promise<ScenarioRow> {
  const trials = drivers.map((driver, index) => ({
    name: contenders[index]?.name ?? '?',
    prepare: () => scenario.prepare(driver),
    run: () => scenario.run(driver),
  }))
  const sized = runsForSize(rows)
  const base = scenario.cheap === true ? { runs: Math.max(sized.runs, 11), warmup: 1 } : sized
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
    sortOrFilter: scenario.sortOrFilter,
    floorComparable: true,
    results,
    agree: reportAgreement(scenario.name, contenders, signatures, rows),
  }
}

/** Prints a loud mismatch for every contender whose result differs from the last (plain-JS). */
function reportAgreement(
  scenario: string,
  contenders: readonly TableContender[],
  signatures: readonly string[],
  rows: number,
): boolean {
  const reference = signatures[signatures.length - 1] ?? ''
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
    `table @ ${formatRows(data.length)} rows: retained heap after gc, core + sorted models built (the data array itself excluded)`,
    ['contender', 'bytes per row', 'MB total'],
    contenders.map((contender) => {
      const bytes = perRow.get(contender.name) ?? NaN
      return [contender.name, formatNumber(bytes), formatNumber((bytes * data.length) / 1e6)]
    }),
  )
  return perRow
}

/** Issue 2 "Speed": GridKit's table core against TanStack 9, TanStack 8 and the plain-JS floor. */
export const tableSuite: Suite = {
  name: 'table',
  title: 'Table core vs TanStack Table 9 / 8 and the plain-JS floor (issue 2)',
  async run(options) {
    for (const rows of options.sizes) {
      const contenders = CONTENDERS.filter((c) => c.maxRows === undefined || rows <= c.maxRows)
      for (const skipped of CONTENDERS.filter((c) => !contenders.includes(c))) {
        console.log(
          `\n(${skipped.name} skipped at ${formatRows(rows)} rows: it would not fit the heap)`,
        )
      }
      const data = generatePeople(rows)
      const bytesPerRow = await measureHeap(contenders, data)
      reportProgress(`${formatRows(rows)} retained heap`)
      const scenarioRows: ScenarioRow[] = [await timeCreate(contenders, data)]
      reportProgress(`${formatRows(rows)} create`)
      const drivers = contenders.map((c) => new TableDriver(c.create(data, PAGE_SIZE)))
      for (const scenario of TABLE_SCENARIOS) {
        scenarioRows.push(await timeScenario(scenario, contenders, drivers, rows))
        reportProgress(`${formatRows(rows)} ${scenario.name}`)
      }
      printSizeTable(
        rows,
        contenders.map((c) => c.name),
        ROLES,
        scenarioRows,
      )
      if (rows === TARGET_ROWS) {
        printChecks(
          `table targets @ ${formatRows(rows)} rows (issue 2)`,
          recordTableTargets(ROLES, scenarioRows, bytesPerRow),
        )
      }
    }
  },
}
