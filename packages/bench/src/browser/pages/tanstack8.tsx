import {
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
} from 'tanstack-react-table-8'
import type { Person } from '../../data/people.ts'
import { Markup, mount, PAGE_SIZE, PEOPLE } from './shell.tsx'

const columns: ColumnDef<Person>[] = [
  { accessorKey: 'id' },
  { accessorKey: 'firstName', filterFn: 'includesString' },
  { accessorKey: 'lastName' },
  { accessorKey: 'age' },
]

/** TanStack Table 8.21 through its React adapter. */
function TanStack8() {
  const table = useReactTable({
    data: PEOPLE,
    columns,
    getRowId: (person) => String(person.id),
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    autoResetAll: false,
    initialState: { pagination: { pageIndex: 0, pageSize: PAGE_SIZE } },
  })
  const state = table.getState()
  const filter = state.columnFilters.find((f) => f.id === 'firstName')?.value
  return (
    <Markup
      rows={table.getRowModel().rows.map((row) => row.original)}
      filter={typeof filter === 'string' ? filter : ''}
      onSort={() => table.setSorting([{ id: 'lastName', desc: state.sorting[0]?.desc === false }])}
      onFilter={(value) => table.setColumnFilters(value === '' ? [] : [{ id: 'firstName', value }])}
    />
  )
}

mount(<TanStack8 />)
