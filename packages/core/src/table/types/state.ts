/** One column of the sort order. */
export interface ColumnSort {
  /** The sorted column's id. */
  id: string
  /** Descending when `true`. */
  desc: boolean
}

/** The sort order, most significant column first. */
export type SortingState = ColumnSort[]

/** One column filter. */
export interface ColumnFilter {
  /** The filtered column's id. */
  id: string
  /** The value handed to the column's filter function. */
  value: unknown
}

/** Every active column filter; a row must pass all of them. */
export type ColumnFiltersState = ColumnFilter[]

/** Which page is shown. */
export interface PaginationState {
  /** Zero-based page number. */
  pageIndex: number
  /** Rows per page, a positive integer. */
  pageSize: number
}

/** Selected rows by row id; only `true` entries count as selected. */
export type RowSelectionState = Record<string, boolean>

/** The whole state of a table. Slices are replaced, never mutated, so they can be compared by reference. */
export interface TableState {
  /** Sort order. */
  sorting: SortingState
  /** Column filters. */
  columnFilters: ColumnFiltersState
  /** Case-insensitive substring matched against every globally filterable column; `''` is off. */
  globalFilter: string
  /** Current page. */
  pagination: PaginationState
  /** Selected row ids. */
  rowSelection: RowSelectionState
}

/** A new value, or a function from the previous value to the new one. */
export type Updater<T> = T | ((previous: T) => T)
