import { setImmediate as nextMacrotask } from 'node:timers/promises'
import { createTable, type ColumnDef } from '@gridkit/core'
import { generatePeople, type Person } from '../data/people.ts'
import { formatDuration, formatRatio, printTable } from '../harness/format.ts'
import { median } from '../harness/median.ts'
import type { Suite } from '../harness/suite.ts'
import { formatRows } from '../harness/suite.ts'
import { printChecks, recordCheck } from '../harness/targets.ts'

const UPDATES = 5
const ROUNDS = 15

const columns: ColumnDef<Person>[] = [
  { accessorKey: 'lastName' },
  { accessorKey: 'age' },
  { accessorKey: 'visits' },
]

/** A sorted table nobody reads (a hidden panel receiving live data), monitored or not. */
function unreadTable(data: readonly Person[], monitored: boolean) {
  return createTable<Person>({
    data,
    columns,
    initialState: { sorting: [{ id: 'lastName', desc: false }] },
    features: { performance: monitored },
  })
}

/**
 * One round: 5 x setData, then two macrotask turns so any work monitoring schedules for
 * later (its idle build is a macrotask in Node) lands inside the timed span.
 */
async function timeRound(
  table: ReturnType<typeof unreadTable>,
  batches: readonly (readonly Person[])[],
): Promise<number> {
  const start = performance.now()
  for (const batch of batches) table.setData(batch)
  await nextMacrotask()
  await nextMacrotask()
  return performance.now() - start
}

/** Issue 10 §3: monitoring must not create work on a table nobody reads. */
export const unreadTableSuite: Suite = {
  name: 'unread-table',
  title: `${UPDATES} x setData on an unread, sorted table: monitoring on vs off (issue 10 §3)`,
  async run(options) {
    // The case is 100k rows; 1M adds five 1M-row batches of memory and nothing new.
    for (const rows of options.sizes.filter((size) => size <= 100_000)) {
      const batches = Array.from({ length: UPDATES }, (_, i) => generatePeople(rows, 1000 + i))
      const on = unreadTable(generatePeople(rows), true)
      const off = unreadTable(generatePeople(rows), false)
      const samples = { on: [] as number[], off: [] as number[] }
      // Alternated, so drift of the machine hits both alike.
      for (let round = 0; round < ROUNDS; round += 1) {
        const first = round % 2 === 0 ? 'on' : 'off'
        const second = first === 'on' ? 'off' : 'on'
        samples[first].push(await timeRound(first === 'on' ? on : off, batches))
        samples[second].push(await timeRound(second === 'on' ? on : off, batches))
      }
      const onMs = median(samples.on)
      const offMs = median(samples.off)
      printTable(
        `${UPDATES} x setData, unread sorted table @ ${formatRows(rows)} rows, ${ROUNDS} rounds`,
        ['variant', 'median', 'vs off'],
        [
          ['monitoring on', formatDuration(onMs), formatRatio(onMs / offMs)],
          ['monitoring off', formatDuration(offMs), formatRatio(1)],
        ],
      )
      printChecks(`unread table @ ${formatRows(rows)} (issue 10 §3)`, [
        recordCheck({
          suite: 'unread-table',
          label: `monitoring on / off, ${UPDATES} x setData on an unread sorted table @${formatRows(rows)}`,
          measured: onMs / offMs,
          unit: 'x',
          target: { kind: 'max', value: 1.1 },
        }),
      ])
      on.destroy()
      off.destroy()
    }
  },
}
