// The pre-monitoring main job (issue 2): build a 100,000-row table and show what sorting,
// filtering and paging produce and how long each took.
import { createTable, type ColumnDef, type Row } from '@gridkit/core'
import { generatePeople, type Person } from './people.ts'

const ROWS = 100_000

function timed<T>(run: () => T): [T, number] {
  const start = performance.now()
  const result = run()
  return [result, performance.now() - start]
}

function describeRow(row: Row<Person>): string {
  const p = row.original
  return `#${p.id} ${p.firstName} ${p.lastName}, ${p.age}y, ${p.status}, ${p.visits} visits`
}

function report(step: string, ms: number, detail: string, rows: readonly Row<Person>[] = []): void {
  console.log(`${step.padEnd(38)} ${ms.toFixed(2).padStart(9)} ms  ${detail}`)
  for (const row of rows.slice(0, 3)) console.log(`${''.padEnd(52)}${describeRow(row)}`)
}

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

const data = generatePeople(ROWS)
console.log(`GridKit demo: ${ROWS.toLocaleString('en')} seeded rows, Node ${process.version}\n`)

const [table, createMs] = timed(() => {
  const created = createTable<Person>({
    data,
    columns,
    getRowId: (person) => String(person.id),
    initialState: { pagination: { pageIndex: 0, pageSize: 50 } },
  })
  created.getCoreRowModel()
  return created
})
report('create + core model', createMs, `${table.getCoreRowModel().rows.length} rows`)

const page = (): readonly Row<Person>[] => table.getRowModel().rows
const step = (name: string, change: () => void): void => {
  const [rows, ms] = timed(() => {
    change()
    return page()
  })
  const filtered = table.getFilteredRowModel().rows.length
  const { pageIndex } = table.getState().pagination
  report(name, ms, `${filtered} rows, page ${pageIndex + 1}/${table.getPageCount()}`, rows)
}

step('sort by age (asc)', () => table.setSorting([{ id: 'age', desc: false }]))
step('sort by lastName (desc)', () => table.setSorting([{ id: 'lastName', desc: true }]))
step('sort by createdAt, then age (desc)', () =>
  table.setSorting([
    { id: 'createdAt', desc: false },
    { id: 'age', desc: true },
  ]),
)
table.setSorting([])
step("filter status equalsString 'single'", () => table.setColumnFilter('status', 'single'))
step("filter firstName includesString 'an'", () =>
  table.setColumnFilters([{ id: 'firstName', value: 'an' }]),
)
table.setColumnFilters([])
step("global filter 'an'", () => table.setGlobalFilter('an'))
table.setGlobalFilter('')
step('filter + sort + page 4', () => {
  table.setColumnFilter('status', 'single')
  table.setSorting([{ id: 'lastName', desc: false }])
  table.setPageIndex(3)
})
step('page change alone (to page 5)', () => table.nextPage())

const HITS = 100_000
const [, hitMs] = timed(() => {
  for (let i = 0; i < HITS; i++) table.getRowModel()
})
report(
  'memo hit (unchanged getRowModel)',
  hitMs / HITS,
  `${((hitMs / HITS) * 1000).toFixed(3)} µs per call, mean of ${HITS} calls`,
)

const [, selectMs] = timed(() => table.toggleAllRowsSelected(true))
report(
  'toggle all (filtered) rows selected',
  selectMs,
  `${table.getSelectedRowModel().rows.length} selected`,
)
table.destroy()
