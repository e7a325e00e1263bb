// The main job (issue 5): a 100,000-row table with performance monitoring on, driven
// through a realistic session (sorts, filters, page turns, selections, a data replacement),
// then the monitor's report, the violations that fired and a leak check. Alerts go to the
// console destination only, so no account is needed.
import {
  createTable,
  formatReport,
  PERFORMANCE_BUDGETS,
  type BudgetViolation,
  type ColumnDef,
  type Row,
} from '@gridkit/core'
import { generatePeople, type Person } from './people.ts'

const ROWS = 100_000

const columns: ColumnDef<Person>[] = [
  { accessorKey: 'id' },
  { accessorKey: 'firstName', filterFn: 'includesString' },
  { accessorKey: 'lastName' },
  { accessorKey: 'age' },
  { accessorKey: 'visits' },
  { accessorKey: 'status', filterFn: 'equalsString' },
  { accessorKey: 'progress' },
  { accessorKey: 'createdAt', enableGlobalFilter: false },
]

function describeRow(row: Row<Person>): string {
  const p = row.original
  return `#${p.id} ${p.firstName} ${p.lastName}, ${p.age}y, ${p.status}, ${p.visits} visits`
}

/** Lets queued work run (the eager row-model build, alert delivery). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

console.log(`GridKit demo: ${ROWS.toLocaleString('en')} seeded rows, Node ${process.version}\n`)

const table = createTable({
  data: generatePeople(ROWS),
  columns,
  getRowId: (person) => String(person.id),
  initialState: { pagination: { pageIndex: 0, pageSize: 50 } },
  features: {
    performance: {
      budgets: PERFORMANCE_BUDGETS.INTERACTIVE,
      alerts: { destinations: ['console'], cooldownMs: 60_000 },
      memory: { leakDetection: 'sampled', gracePeriodMs: 0 },
    },
  },
})

const fired: BudgetViolation[] = []
table.on('performance:budgetViolation', (event) => fired.push(event.payload))

/** One user action: the change, then the page the UI would render. */
async function step(name: string, change: () => void): Promise<void> {
  const start = performance.now()
  change()
  const rows = table.getRowModel().rows
  const ms = performance.now() - start
  await nextTask()
  const filtered = table.getFilteredRowModel().count
  const { pageIndex } = table.getState().pagination
  const where = `${filtered} rows, page ${pageIndex + 1}/${table.getPageCount()}`
  console.log(`${name.padEnd(40)} ${ms.toFixed(2).padStart(9)} ms  ${where}`)
  const first = rows[0]
  if (first !== undefined) console.log(`${''.padEnd(54)}${describeRow(first)}`)
}

console.log('— a session —')
await step('first render', () => undefined)
// A component keeps rows of this data in a cache it forgets to clear: a leak to find later.
const staleCache: Row<Person>[] = table.getCoreRowModel().rows.slice(0, 20_000)
await step('sort by age', () => table.setSorting([{ id: 'age', desc: false }]))
await step('sort by lastName (desc)', () => table.setSorting([{ id: 'lastName', desc: true }]))
await step('sort by createdAt, then age (desc)', () =>
  table.setSorting([
    { id: 'createdAt', desc: false },
    { id: 'age', desc: true },
  ]),
)
await step('next page', () => table.nextPage())
await step('next page', () => table.nextPage())
await step("filter status = 'single'", () => table.setColumnFilter('status', 'single'))
await step("search 'an'", () => table.setGlobalFilter('an'))
await step('page size 100', () => table.setPageSize(100))
await step('select a row', () => table.toggleRowSelected('42'))
await step('select all filtered rows', () => table.toggleAllRowsSelected(true))
await step('clear search and filters', () => {
  table.setGlobalFilter('')
  table.setColumnFilters([])
})
await step('replace the data (a refresh)', () => table.setData(generatePeople(ROWS, 7)))
await step('sort by visits (desc)', () => table.setSorting([{ id: 'visits', desc: true }]))

const metrics = table.metrics
await metrics.flushAlerts(5_000)

console.log('\n— report —')
metrics.trackMemoryUsage()
console.log(formatReport(metrics.generateReport()))

console.log(`\n— violations that fired (${fired.length}) —`)
for (const v of fired) {
  console.log(
    `${v.operation.padEnd(16)} ${v.actual.toFixed(2).padStart(8)} ms > ${String(v.budget).padStart(4)} ms  ${v.severity}, ${v.impact}, ${v.rowCount ?? 0} rows`,
  )
}

console.log('\n— leak check —')
await nextTask()
globalThis.gc?.()
await nextTask()
const leaks = metrics.detectMemoryLeaks()
if (leaks.length === 0) console.log('no leaks found')
for (const leak of leaks) {
  const count = leak.estimated ? `~${leak.count}` : String(leak.count)
  console.log(
    `${count} ${leak.kind}s of generation ${leak.generation} (${leak.reason}) still reachable`,
  )
  console.log(`  hint: ${leak.hint}`)
}
console.log(`(the demo's stale cache holds ${staleCache.length} rows of the replaced data)`)
table.destroy()
