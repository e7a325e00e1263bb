import { validateColumnFilters, validateGlobalFilter } from '../features/filtering/validate-filters'
import { pageCountOf, validatePagination } from '../features/pagination/validate-pagination'
import {
  countSelected,
  toggledAllRows,
  toggledRow,
  validateRowSelection,
} from '../features/selection/selection-updates'
import { toggledSorting, type ToggleSortingOptions } from '../features/sorting/toggle-sorting'
import { validateSorting } from '../features/sorting/validate-sorting'
import type {
  ColumnFiltersState,
  PaginationState,
  RowSelectionState,
  SortingState,
  TableState,
  Updater,
} from '../types/state'
import type { EnhancedPerformanceMonitor } from '../../performance/monitor/EnhancedPerformanceMonitor'
import { TableBase, type ResolvedTableOptions } from './TableBase'
import { validateState } from './validate-state'

function resolve<T>(updater: Updater<T>, previous: T): T {
  return typeof updater === 'function' ? (updater as (previous: T) => T)(previous) : updater
}

/**
 * A headless table: state, setters, memoized row models and an event bus. Create with
 * `createTable`. Every setter validates first and changes nothing on bad input.
 */
export class TableInstance<
  TData,
  TMetrics extends EnhancedPerformanceMonitor | undefined = EnhancedPerformanceMonitor | undefined,
> extends TableBase<TData> {
  /**
   * The table's performance monitor when `features.performance` is on (ENT-PERF-001 §5):
   * stats, budgets, reports, exports, and `trackOperation`/`measure` for the app's own
   * operations. `undefined` when the feature is off or absent.
   */
  readonly metrics: TMetrics

  constructor(options: ResolvedTableOptions<TData>, metrics: TMetrics) {
    super(options)
    this.metrics = metrics
  }

  /** Replaces the whole state; every slice is validated before anything changes. */
  setState(updater: Updater<TableState>): void {
    this.assertAlive('setState')
    const resolved = resolve(updater, this.store.state)
    validateState(resolved, this.store.columnsById)
    // The same sort order in a new array is no change, as with setSorting.
    const { sorting } = this.store.state
    const next = sameSorting(resolved.sorting, sorting) ? { ...resolved, sorting } : resolved
    this.commit(next)
  }

  /** Sets the sort order (the same order again changes nothing); throws for unknown or unsortable columns. */
  setSorting(updater: Updater<SortingState>): void {
    this.assertAlive('setSorting')
    const sorting = resolve(updater, this.store.state.sorting)
    validateSorting(sorting, this.store.columnsById)
    // The same order again is no change (an effect that sorts on every render does not loop).
    if (sameSorting(sorting, this.store.state.sorting)) return
    this.commitSlice('sorting', sorting)
  }

  /** Cycles a column unsorted -> ascending -> descending -> unsorted, or forces `desc`; `multi` keeps other sorts. */
  toggleSorting(columnId: string, options?: ToggleSortingOptions): void {
    this.assertAlive('toggleSorting')
    this.setSorting(toggledSorting(this.store.state.sorting, columnId, options))
  }

  /** Sets all column filters; a change returns to page 0. */
  setColumnFilters(updater: Updater<ColumnFiltersState>): void {
    this.assertAlive('setColumnFilters')
    const columnFilters = resolve(updater, this.store.state.columnFilters)
    validateColumnFilters(columnFilters, this.store.columnsById)
    if (columnFilters === this.store.state.columnFilters) return
    this.commit({ ...this.store.state, columnFilters, pagination: this.firstPage() })
  }

  /** Sets one column's filter value; `undefined` or `''` removes the filter. */
  setColumnFilter(columnId: string, value: unknown): void {
    this.assertAlive('setColumnFilter')
    const others = this.store.state.columnFilters.filter((filter) => filter.id !== columnId)
    const clear = value === undefined || value === ''
    this.setColumnFilters(clear ? others : [...others, { id: columnId, value }])
  }

  /** Sets the global filter (`''` turns it off); a change returns to page 0. */
  setGlobalFilter(updater: Updater<string>): void {
    this.assertAlive('setGlobalFilter')
    const globalFilter = resolve(updater, this.store.state.globalFilter)
    validateGlobalFilter(globalFilter)
    if (globalFilter === this.store.state.globalFilter) return
    this.commit({ ...this.store.state, globalFilter, pagination: this.firstPage() })
  }

  /**
   * Sets page index and size; throws unless `pageSize` is a positive integer and `pageIndex`
   * a non-negative one. An index past the last page becomes the last page (see `autoResetPageIndex`).
   */
  setPagination(updater: Updater<PaginationState>): void {
    this.assertAlive('setPagination')
    const pagination = resolve(updater, this.store.state.pagination)
    validatePagination(pagination)
    const previous = this.store.state.pagination
    if (pagination.pageIndex === previous.pageIndex && pagination.pageSize === previous.pageSize) {
      return
    }
    this.commitSlice('pagination', pagination)
  }

  /** Shows page `pageIndex` (zero-based). */
  setPageIndex(updater: Updater<number>): void {
    this.assertAlive('setPageIndex')
    const previous = this.store.state.pagination
    this.setPagination({ ...previous, pageIndex: resolve(updater, previous.pageIndex) })
  }

  /** Sets rows per page, keeping the first visible row on screen. */
  setPageSize(updater: Updater<number>): void {
    this.assertAlive('setPageSize')
    const previous = this.store.state.pagination
    const pageSize = resolve(updater, previous.pageSize)
    validatePagination({ pageIndex: 0, pageSize })
    const pageIndex = Math.floor((previous.pageIndex * previous.pageSize) / pageSize)
    this.setPagination({ pageIndex, pageSize })
  }

  /** Goes to the next page; stays on the last page. */
  nextPage(): void {
    this.assertAlive('nextPage')
    if (this.getCanNextPage()) this.setPageIndex((index) => index + 1)
  }

  /** Goes to the previous page; stays on page 0. */
  previousPage(): void {
    this.assertAlive('previousPage')
    if (this.getCanPreviousPage()) this.setPageIndex((index) => index - 1)
  }

  /** Whether a page follows the current one. */
  getCanNextPage(): boolean {
    this.assertAlive('getCanNextPage')
    return this.store.state.pagination.pageIndex < this.getPageCount() - 1
  }

  /** Whether a page precedes the current one. */
  getCanPreviousPage(): boolean {
    this.assertAlive('getCanPreviousPage')
    return this.store.state.pagination.pageIndex > 0
  }

  /** Pages of the filtered rows at the current page size; at least 1. */
  getPageCount(): number {
    this.assertAlive('getPageCount')
    const { state } = this.store
    return pageCountOf(this.filteredRowCount(state), state.pagination.pageSize)
  }

  /** Sets the selection (row id -> `true`). Ids are not checked against the data, so a selection can outlive `setData`. */
  setRowSelection(updater: Updater<RowSelectionState>): void {
    this.assertAlive('setRowSelection')
    this.changeSelection(() => {
      const selection = resolve(updater, this.store.state.rowSelection)
      validateRowSelection(selection)
      return selection
    })
  }

  /** Flips one row's selection, or sets it to `value`. */
  toggleRowSelected(rowId: string, value?: boolean): void {
    this.assertAlive('toggleRowSelected')
    this.changeSelection(() => toggledRow(this.store.state.rowSelection, rowId, value))
  }

  /** Selects every filtered row, or deselects them if all are selected (or sets `value`). */
  toggleAllRowsSelected(value?: boolean): void {
    this.assertAlive('toggleAllRowsSelected')
    // The filtered rows are built (and, when observed, timed as filtering) before the
    // selection change is timed, so no work is counted twice.
    const ids = this.models.filtered.get().ids()
    this.changeSelection(() => toggledAllRows(this.store.state.rowSelection, ids, value))
  }

  /** Whether every filtered row is selected (false when there are none). */
  getIsAllRowsSelected(): boolean {
    this.assertAlive('getIsAllRowsSelected')
    const model = this.models.filtered.get()
    const selection = this.store.state.rowSelection
    const { source, count } = model
    for (let i = 0; i < count; i++) {
      if (selection[source.idAt(model.indexAt(i))] !== true) return false
    }
    return count > 0
  }

  /** The pagination a filter change leaves: page 0, unless the app keeps its index. */
  private firstPage(): PaginationState {
    const pagination = this.store.state.pagination
    if (!this.autoResetPageIndex || pagination.pageIndex === 0) return pagination
    return { ...pagination, pageIndex: 0 }
  }

  private changeSelection(compute: () => RowSelectionState): void {
    const observer = this.store.observer
    if (observer === undefined) {
      this.commitSlice('rowSelection', compute())
      return
    }
    // Only the change itself is timed: onStateChange and event handlers run after.
    const start = observer.now()
    const next = compute()
    const duration = observer.now() - start
    this.commitSlice('rowSelection', next)
    const selected = countSelected(this.store.state.rowSelection)
    this.notifyObserver((current) => current.onSelectionChange?.(duration, selected))
  }
}

function sameSorting(a: SortingState, b: SortingState): boolean {
  if (a.length !== b.length) return false
  return a.every((sort, index) => {
    const other = b[index]
    return other !== undefined && sort.id === other.id && sort.desc === other.desc
  })
}
