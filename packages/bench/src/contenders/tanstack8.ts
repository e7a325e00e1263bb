import {
  createTable,
  functionalUpdate,
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  type ColumnDef,
  type TableState,
} from 'tanstack-table-8'
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

/**
 * @tanstack/table-core 8.21.x wired the way its vanilla docs show: the app owns the state and
 * feeds it back through `setOptions` on every change.
 */
export const tanstack8: TableContender = {
  name: 'tanstack8',
  // Its sorted model copies every row object with all its per-row methods (~5.9 KB a row
  // measured at 10k and 100k): a 1M-row table would not fit the default heap.
  maxRows: 100_000,
  create(data, pageSize): TableHandle {
    let state = {} as TableState
    const table = createTable<Person>({
      data: data as Person[],
      columns,
      state,
      onStateChange: () => undefined,
      renderFallbackValue: null,
      getRowId: (row) => String(row.id),
      getCoreRowModel: getCoreRowModel(),
      getFilteredRowModel: getFilteredRowModel(),
      getSortedRowModel: getSortedRowModel(),
      getPaginationRowModel: getPaginationRowModel(),
      globalFilterFn: 'includesString',
      // Page resets are app policy; off so every contender holds exactly the state it is given.
      autoResetAll: false,
    })
    state = { ...table.initialState, pagination: { pageIndex: 0, pageSize } }
    const applyState = (): void => {
      table.setOptions((previous) => ({
        ...previous,
        state,
        onStateChange: (updater) => {
          state = functionalUpdate(updater, state)
          applyState()
        },
      }))
    }
    applyState()
    table.getCoreRowModel()
    return {
      setSorting: (sorting) => table.setSorting(sorting.map((entry) => ({ ...entry }))),
      setColumnFilters: (filters) => table.setColumnFilters(filters.map((entry) => ({ ...entry }))),
      setGlobalFilter: (value) => table.setGlobalFilter(value),
      setPageIndex: (pageIndex) => table.setPageIndex(pageIndex),
      getRowModel: () => table.getRowModel().rows,
      pageIds: () => table.getRowModel().rows.map((row) => row.id),
      readCoreRows: () => table.getCoreRowModel().rows.length,
      filteredCount: () => table.getFilteredRowModel().rows.length,
      toggleAllRowsSelected: (value) => table.toggleAllRowsSelected(value),
      selectedCount: () => table.getSelectedRowModel().rows.length,
    }
  },
}
