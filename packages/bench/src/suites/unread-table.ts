import { setImmediate as nextMacrotask } from 'node:timers/promises'
import { createTable, type ColumnDef } from '@gridkit/core'
import { generatePeople, type Person } from '../data/people.ts'
import { formatDuration, formatNumber, formatRatio, printTable } from '../harness/format.ts'
import { median } from '../harness/median.ts'
import type { Suite } from '../harness/suite.ts'
import { formatRows } from '../harness/suite.ts'
import { printChecks, recordCheck } from '../harness/targets.ts'

const UPDATES = 5
const ROUNDS = 15
/** What monitoring may add per `setData` of an unread table: bookkeeping, never row work. */
const OVERHEAD_PER_UPDATE_US = 50

type Variant = 'on' | 'off' | 'off A/A'

/**
 * A sorted table nobody reads (a hidden panel receiving live data), monitored or not. Its
 * sort column counts the reads of its accessor: the row work done, whoever does it.
 */
function unreadTable(data: readonly Person[], monitored: boolean) {
  const reads = { count: 0 }
  const columns: ColumnDef<Person>[] = [
    {
      id: 'lastName',
      accessorFn: (person) => {
        reads.count += 1
        return person.lastName
      },
    },
    { accessorKey: 'age' },
    { accessorKey: 'visits' },
  ]
  const table = createTable<Person>({
    data,
    columns,
    initialState: { sorting: [{ id: 'lastName', desc: false }] },
    features: { performance: monitored },
  })
  return { table, reads }
}

/**
 * One round: 5 x setData, then two macrotask turns so any work monitoring schedules for
 * later (its idle build is a macrotask in Node) lands inside the timed span.
 */
async function timeRound(
  table: ReturnType<typeof unreadTable>['table'],
  batches: readonly (readonly Person[])[],
): Promise<number> {
  const start = performance.now()
  for (const batch of batches) table.setData(batch)
  await nextMacrotask()
  await nextMacrotask()
  return performance.now() - start
}

/**
 * Issue 10 §3: with monitoring on, a table nobody reads does no more row work than with it
 * off, beyond at most one coalesced build. Row work is counted (reads of the sort column's
 * accessor over every round); time is reported as what monitoring adds per update, beside
 * an A/A pair of the unmonitored table against a second one.
 */
export const unreadTableSuite: Suite = {
  name: 'unread-table',
  title: `${UPDATES} x setData on an unread, sorted table: monitoring on vs off (issue 10 §3)`,
  async run(options) {
    // The case is 100k rows; 1M adds five 1M-row batches of memory and nothing new.
    for (const rows of options.sizes.filter((size) => size <= 100_000)) {
      const batches = Array.from({ length: UPDATES }, (_, i) => generatePeople(rows, 1000 + i))
      const tables: Record<Variant, ReturnType<typeof unreadTable>> = {
        on: unreadTable(generatePeople(rows), true),
        off: unreadTable(generatePeople(rows), false),
        'off A/A': unreadTable(generatePeople(rows), false),
      }
      const samples: Record<Variant, number[]> = { on: [], off: [], 'off A/A': [] }
      const order: Variant[] = ['on', 'off', 'off A/A']
      // Rotated every round, so drift of the machine hits every variant alike.
      for (let round = 0; round < ROUNDS; round += 1) {
        const rotated = [
          ...order.slice(round % order.length),
          ...order.slice(0, round % order.length),
        ]
        for (const variant of rotated) {
          samples[variant].push(await timeRound(tables[variant].table, batches))
        }
      }
      const ms = {
        on: median(samples.on),
        off: median(samples.off),
        aa: median(samples['off A/A']),
      }
      const reads = {
        on: tables.on.reads.count,
        off: tables.off.reads.count,
        aa: tables['off A/A'].reads.count,
      }
      const overheadUs = ((ms.on - ms.off) * 1000) / UPDATES
      printTable(
        `${UPDATES} x setData, unread sorted table @ ${formatRows(rows)} rows, ${ROUNDS} rounds`,
        ['variant', 'median round', 'vs off', `sort-column reads, all ${ROUNDS} rounds`],
        [
          [
            'monitoring on',
            formatDuration(ms.on),
            formatRatio(ms.on / ms.off),
            formatNumber(reads.on),
          ],
          ['monitoring off', formatDuration(ms.off), formatRatio(1), formatNumber(reads.off)],
          [
            'monitoring off (A/A)',
            formatDuration(ms.aa),
            formatRatio(ms.aa / ms.off),
            formatNumber(reads.aa),
          ],
        ],
      )
      printChecks(`unread table @ ${formatRows(rows)} (issue 10 §3)`, [
        recordCheck({
          suite: 'unread-table',
          label: `row work monitoring adds to ${String(ROUNDS * UPDATES)} x setData on an unread table @${formatRows(rows)} (builds)`,
          measured: (reads.on - reads.off) / rows,
          unit: 'builds',
          target: { kind: 'max', value: 1 },
        }),
        recordCheck({
          suite: 'unread-table',
          label: `time monitoring adds per setData on an unread table @${formatRows(rows)}`,
          measured: Math.max(0, overheadUs),
          unit: 'µs',
          target: { kind: 'max', value: OVERHEAD_PER_UPDATE_US },
        }),
      ])
      for (const { table } of Object.values(tables)) table.destroy()
    }
  },
}
