// Run by the cold suite in a fresh process per sample (`fork`): builds one contender's table,
// times its first sort of a column (what a user's first click costs: nothing compiled yet),
// then the same sort warm, and sends both to the parent.
import { gridkit } from '../contenders/gridkit.ts'
import type { TableContender } from '../contenders/table-contender.ts'
import { TableDriver } from '../contenders/table-driver.ts'
import { tanstack9 } from '../contenders/tanstack9.ts'
import { generatePeople } from '../data/people.ts'
import { collectGarbage } from '../harness/collect-garbage.ts'
import { measureOne } from '../harness/measure-one.ts'
import { runsForSize } from '../harness/suite.ts'
import { PAGE_SIZE, TABLE_SCENARIOS } from '../suites/table-scenarios.ts'

/** What one fresh process measured. */
export interface FirstSortResult {
  coldMs: number
  coldFaults: number
  warmMedianMs: number
  warmMedianFaults: number
}

/** The contenders the cold figure is taken for (issue 13: GridKit and TanStack 9). */
export const COLD_CONTENDERS: readonly TableContender[] = [gridkit, tanstack9]

/** Set in a first-sort process: `contender|scenario|rows`. */
export const FIRST_SORT_ENV = 'GRIDKIT_BENCH_FIRST_SORT'

async function measure(spec: string): Promise<FirstSortResult> {
  const [name, scenarioName, rowsText] = spec.split('|')
  const contender = COLD_CONTENDERS.find((entry) => entry.name === name)
  const scenario = TABLE_SCENARIOS.find((entry) => entry.name === scenarioName)
  const rows = Number(rowsText)
  if (contender === undefined || scenario === undefined || !Number.isInteger(rows)) {
    throw new Error(`${FIRST_SORT_ENV} must be "contender|scenario|rows"; got "${spec}"`)
  }
  const driver = new TableDriver(contender.create(generatePeople(rows), PAGE_SIZE))
  scenario.prepare(driver)
  collectGarbage()
  const faultsBefore = process.resourceUsage().minorPageFault
  const start = performance.now()
  scenario.run(driver)
  const coldMs = performance.now() - start
  const coldFaults = process.resourceUsage().minorPageFault - faultsBefore
  // The warm figure takes the rounds GridKit takes in the table suite at this size.
  const { runs, warmup } = runsForSize(rows)
  const warm = await measureOne(`${contender.name} warm`, () => scenario.run(driver), {
    runs,
    warmup,
    prepare: () => scenario.prepare(driver),
  })
  return {
    coldMs,
    coldFaults,
    warmMedianMs: warm.medianMs,
    warmMedianFaults: warm.medianFaults,
  }
}

const spec = process.env[FIRST_SORT_ENV]
if (spec !== undefined) {
  const result = await measure(spec)
  process.send?.(result, undefined, {}, () => process.disconnect())
}
