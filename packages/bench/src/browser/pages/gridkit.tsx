import type { ColumnDef } from '@gridkit/core'
import { useGridEnhancedTable } from '@gridkit/react'
import type { Person } from '../../data/people.ts'
import { Markup, mount, PAGE_SIZE, PEOPLE } from './shell.tsx'

const columns: ColumnDef<Person>[] = [
  { accessorKey: 'id' },
  { accessorKey: 'firstName', filterFn: 'includesString' },
  { accessorKey: 'lastName' },
  { accessorKey: 'age' },
]

/** GridKit through @gridkit/react (no monitoring: the table alone against the others). */
function GridKit() {
  const table = useGridEnhancedTable({
    data: PEOPLE,
    columns,
    getRowId: (person) => String(person.id),
    initialState: { pagination: { pageIndex: 0, pageSize: PAGE_SIZE } },
  })
  const state = table.getState()
  const filter = state.columnFilters.find((f) => f.id === 'firstName')?.value
  return (
    <Markup
      rows={table.getRowModel().rows.map((row) => row.original)}
      filter={typeof filter === 'string' ? filter : ''}
      onSort={() => table.setSorting([{ id: 'lastName', desc: state.sorting[0]?.desc === false }])}
      onFilter={(value) => table.setColumnFilter('firstName', value)}
    />
  )
}

mount(<GridKit />)
