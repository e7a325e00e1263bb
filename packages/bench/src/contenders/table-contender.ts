import type { Person } from '../data/people.ts'

/** Columns a scenario may sort by. */
export type SortableColumn =
  | 'age'
  | 'visits'
  | 'lastName'
  | 'firstName'
  | 'createdAt'
  | 'score'
  | 'code'
  | 'handle'
  | 'joinedOn'

/** One sort entry, as every contender's sorting state has it. */
export interface SortSpec {
  id: SortableColumn
  desc: boolean
}

/**
 * One column filter. Each filterable column has its filter function fixed in its column
 * definition (as an app would declare it), so the spec carries only the column and the value.
 */
export interface FilterSpec {
  id: 'status' | 'firstName'
  value: string
}

/** Filter function per filterable column, shared by every contender's column definitions. */
export const FILTER_FNS = { status: 'equalsString', firstName: 'includesString' } as const

/**
 * A live table of one contender, driven through the same operations as the others. GridKit
 * and both TanStack versions share a method shape, yet each contender writes its own handle
 * on purpose: one shared adapter would see three table classes at every call site, turn
 * megamorphic and charge every contender a dispatch its own app code would not pay.
 */
export interface TableHandle {
  setSorting(sorting: readonly SortSpec[]): void
  setColumnFilters(filters: readonly FilterSpec[]): void
  setGlobalFilter(value: string): void
  setPageIndex(pageIndex: number): void
  /** The current page's rows, read as a render reads them (builds whatever stage is stale). */
  getRowModel(): unknown
  /** Ids of the current page's rows, for the cross-contender correctness check. */
  pageIds(): string[]
  /**
   * Reads every row of the core model (`getCoreRowModel().rows`) and returns how many: what
   * an export of all rows pays. Left out by the floor, which has no rows of its own.
   */
  readCoreRows?(): number
  /** Rows left after filtering (all pages). */
  filteredCount(): number
  toggleAllRowsSelected(value: boolean): void
  selectedCount(): number
}

/** A table implementation under test. */
export interface TableContender {
  name: string
  /** Largest table this contender can build in the default 4 GB heap, if it has a limit. */
  maxRows?: number
  /** Why it is skipped above `maxRows`, when not the heap. */
  skipReason?: string
  /** Builds a table over `data` and its core row model (the "create + first page" scenario reads the page too). */
  create(data: readonly Person[], pageSize: number): TableHandle
}
