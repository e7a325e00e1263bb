import type { FilterSpec, SortSpec, TableHandle } from './table-contender.ts'

/** The state a scenario starts from or moves to. */
export interface TableStateSpec {
  sorting: readonly SortSpec[]
  filters: readonly FilterSpec[]
  globalFilter: string
  pageIndex: number
}

/** No sorting, no filter, first page. */
export const INITIAL_STATE: TableStateSpec = {
  sorting: [],
  filters: [],
  globalFilter: '',
  pageIndex: 0,
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * Wraps a handle and remembers the state it was given, so a scenario's untimed preparation
 * touches only the slices that differ: re-setting an unchanged slice would needlessly
 * invalidate a contender's memo and make the preparation, not the measured step, do the work.
 */
export class TableDriver {
  private current: TableStateSpec = INITIAL_STATE

  constructor(readonly handle: TableHandle) {}

  /** Moves to `next`, setting only the slices that differ, in filter, sort, page order. */
  apply(next: Partial<TableStateSpec>): void {
    const target = { ...this.current, ...next }
    const filtersChanged = !sameJson(target.filters, this.current.filters)
    const globalChanged = target.globalFilter !== this.current.globalFilter
    if (filtersChanged) this.handle.setColumnFilters(target.filters)
    if (globalChanged) this.handle.setGlobalFilter(target.globalFilter)
    if (!sameJson(target.sorting, this.current.sorting)) this.handle.setSorting(target.sorting)
    // GridKit returns to page 0 on a filter change (TanStack does too unless told not to).
    const pageMayHaveReset = (filtersChanged || globalChanged) && target.pageIndex !== 0
    if (target.pageIndex !== this.current.pageIndex || pageMayHaveReset) {
      this.handle.setPageIndex(target.pageIndex)
    }
    this.current = target
  }
}
