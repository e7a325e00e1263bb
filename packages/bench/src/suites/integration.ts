import { createGridKitHandle } from '../contenders/gridkit.ts'
import { TableDriver } from '../contenders/table-driver.ts'
import { generatePeople } from '../data/people.ts'
import { formatDuration, formatRatio, printTable } from '../harness/format.ts'
import { measureAlternating } from '../harness/measure-alternating.ts'
import type { Suite } from '../harness/suite.ts'
import { printChecks, recordCheck } from '../harness/targets.ts'
import { PAGE_SIZE, TABLE_SCENARIOS } from './table-scenarios.ts'

const ROWS = 100_000
// More rounds than the table suite: a 2% bound needs a steadier median than a 4x one.
const RUNS = { runs: 401, warmup: 10 }
const TABLES_PER_VARIANT = 3

/** Issue 5 "Speed": what monitoring costs the filter + sort + page pipeline on 100k rows. */
export const integrationSuite: Suite = {
  name: 'integration',
  title: 'Table with features.performance on / off / absent, 100k rows (issue 5)',
  async run() {
    const scenario = TABLE_SCENARIOS.find((entry) => entry.name === 'filter + sort + page')
    if (scenario === undefined) throw new Error('the filter + sort + page scenario is missing')
    const data = generatePeople(ROWS)
    const variants = [
      { name: 'monitoring on', features: { performance: true } },
      { name: 'monitoring off', features: { performance: { enabled: false } } },
      { name: 'option absent', features: undefined },
      // A second identical absent table: the A/A pair shows what noise alone looks like.
      { name: 'option absent (A/A twin)', features: undefined },
    ]
    const trials = variants.map((variant) => {
      // Each variant is TABLES_PER_VARIANT tables, used in turn: one table's median carries
      // its own memory placement (six identical tables' medians spread 0.7-1.2% here), which
      // is the size of what this suite measures.
      const drivers = Array.from(
        { length: TABLES_PER_VARIANT },
        () => new TableDriver(createGridKitHandle(data, PAGE_SIZE, variant.features)),
      )
      let turn = 0
      const driver = (): TableDriver => drivers[turn % drivers.length] as TableDriver
      return {
        name: variant.name,
        prepare: () => scenario.prepare(driver()),
        run: () => {
          scenario.run(driver())
          turn++
        },
      }
    })
    const results = await measureAlternating(trials, RUNS)
    const median = (name: string): number =>
      results.find((result) => result.name === name)?.medianMs ?? NaN
    const absent = median('option absent')
    printTable(
      `filter + sort + page @ 100k rows, ${RUNS.runs} alternating runs, ${TABLES_PER_VARIANT} tables per variant in turn`,
      ['variant', 'median', 'min', 'max', 'vs option absent'],
      results.map((result) => [
        result.name,
        formatDuration(result.medianMs),
        formatDuration(result.minMs),
        formatDuration(result.maxMs),
        formatRatio(result.medianMs / absent),
      ]),
    )
    console.log(
      `\nnoise reference (A/A): option absent / its identical twin = ${(absent / median('option absent (A/A twin)')).toFixed(3)}x`,
    )
    printChecks('integration targets (issue 5)', [
      recordCheck({
        suite: 'integration',
        label: 'monitoring on / off, filter + sort + page @100k',
        measured: median('monitoring on') / median('monitoring off'),
        unit: 'x',
        target: { kind: 'max', value: 1.02 },
      }),
      recordCheck({
        suite: 'integration',
        label: 'monitoring off / option absent (no measurable difference)',
        measured: median('monitoring off') / absent,
        unit: 'x',
        target: { kind: 'max', value: 1.02 },
      }),
    ])
  },
}
