import {
  columnFilteringFeature,
  constructTable,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
} from 'tanstack-table-9'
import { storeReactivityBindings } from 'tanstack-table-9/store-reactivity-bindings'
import type { Person } from '../data/people.ts'
import { FILTER_FNS, type TableContender, type TableHandle } from './table-contender.ts'

// Registered the way TanStack's docs recommend: only the features and functions in use, and
// every built-in that `'auto'` may resolve to, so the columns get TanStack's default choice.
// Built per table: with 9.3.1 a features object shared by several tables keeps every one of
// them reachable (measured: ~6 MB per 10k-row table never collected), which would bill the
// bench's discarded tables to the heap and gc of the tables still in use.
const createFeatures = () =>
  tableFeatures({
    coreReactivityFeature: storeReactivityBindings(),
    columnFilteringFeature,
    globalFilteringFeature,
    rowSortingFeature,
    rowPaginationFeature,
    rowSelectionFeature,
    filteredRowModel: createFilteredRowModel(),
    sortedRowModel: createSortedRowModel(),
    paginatedRowModel: createPaginatedRowModel(),
    sortFns: {
      alphanumeric: sortFn_alphanumeric,
      basic: sortFn_basic,
      datetime: sortFn_datetime,
      text: sortFn_text,
    },
    filterFns: { equalsString: filterFn_equalsString, includesString: filterFn_includesString },
  })

const helper = createColumnHelper<ReturnType<typeof createFeatures>, Person>()
const columns = helper.columns([
  helper.accessor('id', {}),
  helper.accessor('firstName', { filterFn: FILTER_FNS.firstName }),
  helper.accessor('lastName', {}),
  helper.accessor('age', {}),
  helper.accessor('visits', {}),
  helper.accessor('status', { filterFn: FILTER_FNS.status }),
  helper.accessor('progress', {}),
  helper.accessor('createdAt', {}),
  helper.accessor('score', {}),
  helper.accessor('code', {}),
  helper.accessor('handle', {}),
  helper.accessor('joinedOn', {}),
])

/** @tanstack/table-core 9.x with sorting, filtering, global filter, pagination and selection. */
export const tanstack9: TableContender = {
  name: 'tanstack9',
  create(data, pageSize): TableHandle {
    const table = constructTable({
      features: createFeatures(),
      columns,
      data,
      getRowId: (row) => String(row.id),
      globalFilterFn: 'includesString',
      // Page resets are app policy; off so every contender holds exactly the state it is given.
      autoResetAll: false,
      initialState: { pagination: { pageIndex: 0, pageSize } },
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
      filteredCount: () => table.getFilteredRowModel().rows.length,
      toggleAllRowsSelected: (value) => table.toggleAllRowsSelected(value),
      selectedCount: () => table.getSelectedRowModel().rows.length,
    }
  },
}
