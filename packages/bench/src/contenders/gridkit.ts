import { createTable, type ColumnDef, type TableFeatures } from '@gridkit/core'
import type { Person } from '../data/people.ts'
import { FILTER_FNS, type TableContender, type TableHandle } from './table-contender.ts'

const columns: ColumnDef<Person>[] = [
  { accessorKey: 'id' },
  { accessorKey: 'firstName', filterFn: FILTER_FNS.firstName },
  { accessorKey: 'lastName' },
  { accessorKey: 'age' },
  { accessorKey: 'visits' },
  { accessorKey: 'status', filterFn: FILTER_FNS.status },
  { accessorKey: 'progress' },
  { accessorKey: 'createdAt' },
  { accessorKey: 'score' },
  { accessorKey: 'code' },
  { accessorKey: 'handle' },
  { accessorKey: 'joinedOn' },
]

/** Handle over a GridKit table, also used by the integration suite with `features` set. */
export function createGridKitHandle(
  data: readonly Person[],
  pageSize: number,
  features?: TableFeatures,
): TableHandle {
  const table = createTable<Person>({
    data,
    columns,
    getRowId: (row) => String(row.id),
    initialState: { pagination: { pageIndex: 0, pageSize } },
    ...(features === undefined ? {} : { features }),
  })
  table.getCoreRowModel()
  return {
    setSorting: (sorting) => table.setSorting(sorting.map((entry) => ({ ...entry }))),
    setColumnFilters: (filters) => table.setColumnFilters(filters.map((entry) => ({ ...entry }))),
    setGlobalFilter: (value) => table.setGlobalFilter(value),
    setPageIndex: (pageIndex) => table.setPageIndex(pageIndex),
    getRowModel: () => table.getRowModel().rows,
    pageIds: () => table.getRowModel().rows.map((row) => row.id),
    readCoreRows: () => table.getCoreRowModel().rows.length,
    filteredCount: () => table.getFilteredRowModel().count,
    toggleAllRowsSelected: (value) => table.toggleAllRowsSelected(value),
    selectedCount: () => table.getSelectedRowModel().count,
  }
}

/** GridKit's table core (`@gridkit/core`), the contender under test. */
export const gridkit: TableContender = {
  name: 'gridkit',
  create: (data, pageSize) => createGridKitHandle(data, pageSize),
}
