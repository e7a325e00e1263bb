import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_includesString,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
} from 'tanstack-react-table-9'
import type { Person } from '../../data/people.ts'
import { Markup, mount, PAGE_SIZE, PEOPLE } from './shell.tsx'

// Only the features and functions in use, as TanStack's docs recommend.
const features = tableFeatures({
  columnFilteringFeature,
  rowSortingFeature,
  rowPaginationFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, text: sortFn_text },
  filterFns: { includesString: filterFn_includesString },
})
const helper = createColumnHelper<typeof features, Person>()
const columns = helper.columns([
  helper.accessor('id', {}),
  helper.accessor('firstName', { filterFn: 'includesString' }),
  helper.accessor('lastName', {}),
  helper.accessor('age', {}),
])

/** TanStack Table 9 through its React adapter. */
function TanStack9() {
  const table = useTable({
    features,
    columns,
    data: PEOPLE,
    getRowId: (person) => String(person.id),
    autoResetAll: false,
    initialState: { pagination: { pageIndex: 0, pageSize: PAGE_SIZE } },
  })
  const state = table.state
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

mount(<TanStack9 />)
