import { GridKitError } from '../../errors/GridKitError'
import { DeliveryQueue } from '../../events/DeliveryQueue'
import { EventBus } from '../../events/EventBus'
import type {
  TableEventHandler,
  TableEventMap,
  TableEventType,
  Unsubscribe,
} from '../../events/types'
import type { Column, ColumnHost } from '../columns/Column'
import { createColumns } from '../columns/create-columns'
import { validateData } from '../factory/validate-options'
import { clampedPagination, samePage } from '../features/pagination/follow-rows'
import type { ToggleSortingOptions } from '../features/sorting/toggle-sorting'
import type { IndexedRowModel } from '../row-models/IndexedRowModel'
import type { Row, RowHost } from '../rows/Row'
import { rowIdOf } from '../rows/row-id'
import type { ColumnDef } from '../types/column-def'
import type { RowModel } from '../types/row-model'
import type { TableState } from '../types/state'
import { emitStateChanges } from './emit-state-changes'
import type { TableObserver } from './observer'
import { RowModelPipeline } from './RowModelPipeline'
import { TableStore } from './TableStore'
import { resolveInitialState } from './validate-state'

/** Options of a table after the factory has checked them. */
export interface ResolvedTableOptions<TData> {
  id: string
  data: readonly TData[]
  columns: readonly ColumnDef<TData>[]
  getRowId: (original: TData, index: number) => string | number
  initialState: unknown
  onStateChange: ((state: TableState, previousState: TableState) => void) | undefined
  onError: (error: unknown) => void
  /** Whether the page index follows the rows (clamped, and reset by filter changes). */
  autoResetPageIndex: boolean
  /** BCP 47 locale for locale-aware text order; `undefined` for code-unit order. */
  locale: string | undefined
}

/**
 * The table minus its state setters: data, columns, row models, events, the monitoring
 * observer and the lifecycle. {@link TableInstance} adds the state API on top; the split
 * only keeps each file to one concern.
 */
export abstract class TableBase<TData> {
  /** The table id, carried as `tableId` on every event. */
  readonly id: string
  /** Shared mutable inside: state, data, columns, observer. */
  protected readonly store: TableStore<TData>
  /** The memoized row-model stages. */
  protected readonly models: RowModelPipeline<TData>
  /** Whether the page index follows the rows; see `autoResetPageIndex`. */
  protected readonly autoResetPageIndex: boolean
  private readonly bus: EventBus
  private readonly deliveries: DeliveryQueue
  private readonly columnHost: ColumnHost
  private readonly onStateChange: ResolvedTableOptions<TData>['onStateChange']
  private destroyed = false
  private readonly teardowns: (() => void)[] = []

  constructor(options: ResolvedTableOptions<TData>) {
    this.id = options.id
    this.onStateChange = options.onStateChange
    this.autoResetPageIndex = options.autoResetPageIndex
    this.bus = new EventBus(options.id, options.onError)
    this.deliveries = new DeliveryQueue(options.onError)
    const rowHost: RowHost<TData> = {
      idOf: (original, index) => rowIdOf(this.store.getRowId(original, index), index),
      valueOf: (row, columnId) => {
        this.assertAlive('row.getValue')
        return this.valueOf(row, columnId)
      },
      isSelected: (rowId) => {
        this.assertAlive('row.getIsSelected')
        return this.store.state.rowSelection[rowId] === true
      },
      toggleSelected: (rowId, value) => {
        this.toggleRowSelected(rowId, value)
      },
    }
    this.columnHost = {
      sortOf: (columnId) => {
        const index = this.store.state.sorting.findIndex((sort) => sort.id === columnId)
        return { index, desc: this.store.state.sorting[index]?.desc === true }
      },
      filterValueOf: (columnId) =>
        this.store.state.columnFilters.find((filter) => filter.id === columnId)?.value,
      toggleSorting: (columnId, toggle) => {
        this.toggleSorting(columnId, toggle)
      },
      setColumnFilter: (columnId, value) => {
        this.setColumnFilter(columnId, value)
      },
    }
    const columns = createColumns<TData>(options.columns, this.columnHost)
    const columnsById = new Map(columns.map((column) => [column.id, column]))
    const state = resolveInitialState(options.initialState, columnsById)
    this.store = new TableStore(state, options.data, options.getRowId, rowHost, options.onError)
    this.store.columns = columns
    this.store.columnsById = columnsById
    this.store.locale = options.locale
    this.models = new RowModelPipeline(this.store)
    // An initial page past the end shows the last page, like any later change would.
    this.store.state = this.followRows(state)
  }

  /** Cycles a column's sort; see {@link TableInstance.toggleSorting}. */
  abstract toggleSorting(columnId: string, options?: ToggleSortingOptions): void
  /** Sets one column's filter; see {@link TableInstance.setColumnFilter}. */
  abstract setColumnFilter(columnId: string, value: unknown): void
  /** Flips one row's selection; see {@link TableInstance.toggleRowSelected}. */
  abstract toggleRowSelected(rowId: string, value?: boolean): void

  /** The current state (slices are replaced on change, never mutated). */
  getState(): TableState {
    this.assertAlive('getState')
    return this.store.state
  }

  /** Replaces the data; rows are rebuilt lazily and `data:change` carries the counts. */
  setData(data: readonly TData[]): void {
    this.assertAlive('setData')
    validateData(data)
    const previousRowCount = this.store.data.length
    const released = this.models.core.peek()
    this.store.data = data
    if (data.length < previousRowCount) this.store.releaseSortScratch()
    // Drop every cached model now, so the replaced rows can be collected before the next build.
    this.models.reset()
    if (released !== undefined) {
      this.notifyObserver((observer) =>
        observer.onRowsReleased?.(released.source.made(), 'data', released.source),
      )
    }
    this.deliveries.enqueue(() => {
      if (this.bus.hasListeners('data:change')) {
        this.bus.emit('data:change', { rowCount: data.length, previousRowCount })
      }
    })
    // Fewer rows may leave the page index past the end: the clamp is a state change after it.
    this.commit(this.store.state)
    this.deliveries.drain()
  }

  /** Replaces the columns (validated like `createTable`); sorts and filters on removed columns are dropped. */
  setColumns(columns: readonly ColumnDef<TData>[]): void {
    this.assertAlive('setColumns')
    const next = createColumns<TData>(columns, this.columnHost)
    const previous = this.store.columns
    const releasedRows = this.models.core.peek()
    const columnsById = new Map(next.map((column) => [column.id, column]))
    this.store.columns = next
    this.store.columnsById = columnsById
    this.store.columnsVersion++
    // Every cached model holds rows of the old columns (the selected stage too): drop them all.
    this.models.reset()
    this.notifyObserver((observer) =>
      observer.onColumnsReleased?.(previous as readonly Column<unknown>[], 'columns'),
    )
    // The core rows are rebuilt for the new columns: the old ones are released.
    if (releasedRows !== undefined) {
      this.notifyObserver((observer) =>
        observer.onRowsReleased?.(releasedRows.source.made(), 'columns', releasedRows.source),
      )
    }
    this.deliveries.enqueue(() => {
      if (this.bus.hasListeners('columns:change')) {
        this.bus.emit('columns:change', {
          columnIds: next.map((column) => column.id),
          previousColumnIds: previous.map((column) => column.id),
        })
      }
    })
    const state = this.store.state
    const sorting = state.sorting.filter((sort) => columnsById.get(sort.id)?.getCanSort() === true)
    const columnFilters = state.columnFilters.filter(
      (filter) => columnsById.get(filter.id)?.getCanFilter() === true,
    )
    const filterDropped = columnFilters.length !== state.columnFilters.length
    this.commit({
      ...state,
      sorting: sorting.length === state.sorting.length ? state.sorting : sorting,
      columnFilters: filterDropped ? columnFilters : state.columnFilters,
      // Dropping a filter is a filter change, and a filter change returns to page 0.
      pagination:
        filterDropped && this.autoResetPageIndex
          ? { ...state.pagination, pageIndex: 0 }
          : state.pagination,
    })
    this.deliveries.drain()
  }

  /** The column with `columnId`, or `undefined`. */
  getColumn(columnId: string): Column<TData> | undefined {
    this.assertAlive('getColumn')
    return this.store.columnsById.get(columnId)
  }

  /** Every column, in definition order. */
  getAllColumns(): readonly Column<TData>[] {
    this.assertAlive('getAllColumns')
    return this.store.columns
  }

  /** One row per data item, in data order. */
  getCoreRowModel(): RowModel<TData> {
    this.assertAlive('getCoreRowModel')
    return handOut(this.store, this.models.core.get())
  }

  /** Rows passing the column filters and the global filter. */
  getFilteredRowModel(): RowModel<TData> {
    this.assertAlive('getFilteredRowModel')
    return handOut(this.store, this.models.filtered.get())
  }

  /** The filtered rows in sort order. */
  getSortedRowModel(): RowModel<TData> {
    this.assertAlive('getSortedRowModel')
    return handOut(this.store, this.models.sorted.get())
  }

  /** The current page of the sorted rows. */
  getPaginationRowModel(): RowModel<TData> {
    this.assertAlive('getPaginationRowModel')
    return handOut(this.store, this.models.paginated.get())
  }

  /** What to render: the current page of the sorted, filtered rows. An unchanged call is a cache hit. */
  getRowModel(): RowModel<TData> {
    this.assertAlive('getRowModel')
    return handOut(this.store, this.models.rowModel())
  }

  /** Selected rows of the whole data (filters do not hide them), in data order. */
  getSelectedRowModel(): RowModel<TData> {
    this.assertAlive('getSelectedRowModel')
    return handOut(this.store, this.models.selected.get())
  }

  /** The row with `rowId`, or `undefined`; O(1) after the first call per data set. */
  getRow(rowId: string): Row<TData> | undefined {
    this.assertAlive('getRow')
    return this.models.rowById(rowId)
  }

  /** Subscribes to a table event; returns the unsubscribe function. */
  on<K extends TableEventType>(type: K, handler: TableEventHandler<K>): Unsubscribe {
    this.assertAlive('on')
    return this.bus.on(type, handler)
  }

  /** Subscribes to the next event of `type` only. */
  once<K extends TableEventType>(type: K, handler: TableEventHandler<K>): Unsubscribe {
    this.assertAlive('once')
    return this.bus.once(type, handler)
  }

  /** Removes `handler` from `type`. */
  off<K extends TableEventType>(type: K, handler: TableEventHandler<K>): void {
    this.bus.off(type, handler)
  }

  /**
   * Internal, for features such as performance: emits an event on this table's bus, after
   * any delivery in progress.
   */
  emit<K extends TableEventType>(type: K, payload: TableEventMap[K]): void {
    this.assertAlive('emit')
    this.deliveries.deliver(() => {
      this.bus.emit(type, payload)
    })
  }

  /** Internal, for the performance feature: attaches (or with `undefined` detaches) the monitoring observer. */
  setObserver(observer: TableObserver | undefined): void {
    this.assertAlive('setObserver')
    this.store.observer = observer
  }

  /** Internal: whether a monitoring observer is attached. */
  hasObserver(): boolean {
    this.assertAlive('hasObserver')
    return this.store.observer !== undefined
  }

  /** Internal, for features: `teardown` runs on `destroy()`, after rows and columns are released. */
  addTeardown(teardown: () => void): void {
    this.assertAlive('addTeardown')
    this.teardowns.push(teardown)
  }

  /** Whether `destroy()` was called. */
  getIsDestroyed(): boolean {
    return this.destroyed
  }

  /**
   * Destroys the table: from now on every method but `destroy`, `getIsDestroyed` and `off`
   * throws `TABLE_DESTROYED`. `table:destroy` is delivered after the events already queued
   * (when called from a handler), then listeners are removed and rows and columns dropped.
   * Idempotent, from anywhere, its own handlers included.
   */
  destroy(): void {
    if (this.destroyed) return
    // Marked first: a table:destroy handler that calls destroy() again returns here (issue 9).
    this.destroyed = true
    const { store } = this
    const payload = { rowCount: store.data.length, columnCount: store.columns.length }
    this.deliveries.deliver(() => {
      this.bus.emit('table:destroy', payload)
      this.tearDown()
    })
  }

  private tearDown(): void {
    const { store } = this
    this.bus.clear()
    this.deliveries.clear()
    const core = this.models.core.peek()
    const columns = store.columns
    if (core !== undefined) {
      this.notifyObserver((observer) =>
        observer.onRowsReleased?.(core.source.made(), 'destroy', core.source),
      )
    }
    this.notifyObserver((observer) =>
      observer.onColumnsReleased?.(columns as readonly Column<unknown>[], 'destroy'),
    )
    for (const teardown of this.teardowns.splice(0)) {
      try {
        teardown()
      } catch (error) {
        store.report(error)
      }
    }
    store.observer = undefined
    store.releaseSortScratch()
    store.data = []
    store.columns = []
    store.columnsById = new Map()
    this.models.reset()
  }

  /** Throws `TABLE_DESTROYED` once the table is destroyed. */
  protected assertAlive(method: string): void {
    if (this.destroyed) {
      throw new GridKitError(
        'TABLE_DESTROYED',
        `Table "${this.id}" was destroyed; ${method}() cannot be called after destroy(). Create a new table instead.`,
        { method, tableId: this.id },
      )
    }
  }

  private valueOf(row: Row<TData>, columnId: string): unknown {
    const column = this.store.columnsById.get(columnId)
    if (column === undefined) {
      throw new GridKitError(
        'UNKNOWN_COLUMN',
        `row.getValue("${columnId}"): no such column; known columns: ${[...this.store.columnsById.keys()].join(', ')}.`,
        { columnId },
      )
    }
    return column.accessor(row.original, row.index)
  }

  /** Stores one changed slice and announces it. */
  protected commitSlice<K extends keyof TableState>(key: K, value: TableState[K]): void {
    if (value === this.store.state[key]) return
    this.commit({ ...this.store.state, [key]: value })
  }

  /**
   * Stores the new state (with the page index following the rows) at once, and queues
   * `onStateChange` and the change events. A change made inside a handler is applied at
   * once too, but announced after the delivery in progress, so payloads chain (issue 9).
   */
  protected commit(next: TableState): void {
    const previous = this.store.state
    this.store.state = next
    let settled = this.followRows(next)
    if (samePage(settled.pagination, previous.pagination)) {
      settled =
        settled.pagination === previous.pagination
          ? settled
          : { ...settled, pagination: previous.pagination }
    }
    this.store.state = settled
    if (sameSlices(settled, previous)) {
      this.store.state = previous
      return
    }
    this.deliveries.deliver(() => {
      if (this.onStateChange !== undefined) {
        try {
          this.onStateChange(settled, previous)
        } catch (error) {
          this.store.report(error)
        }
      }
      emitStateChanges(this.bus, settled, previous)
    })
  }

  /** `state` with the page index moved onto the last page, when the index follows the rows. */
  private followRows(state: TableState): TableState {
    const { pagination } = state
    if (!this.autoResetPageIndex || pagination.pageIndex === 0) return state
    const clamped = clampedPagination(pagination, this.filteredRowCount(state))
    return clamped === pagination ? state : { ...state, pagination: clamped }
  }

  /** Rows after filtering; with no filter the data length, so nothing is built. */
  protected filteredRowCount(state: TableState): number {
    if (state.columnFilters.length === 0 && state.globalFilter === '') {
      return this.store.data.length
    }
    return this.models.filtered.get().count
  }

  /** Calls the observer, if any; its errors go to onError. */
  protected notifyObserver(call: (observer: TableObserver) => void): void {
    const observer = this.store.observer
    if (observer === undefined) return
    try {
      call(observer)
    } catch (error) {
      this.store.report(error)
    }
  }
}

/** Returns `model` to app code, telling an observer that wants to know (leak detection). */
function handOut<TData>(store: TableStore<TData>, model: IndexedRowModel<TData>): RowModel<TData> {
  const observer = store.observer
  if (observer?.onRowsHanded === undefined) return model
  try {
    observer.onRowsHanded(model)
  } catch (error) {
    store.report(error)
  }
  return model
}

function sameSlices(a: TableState, b: TableState): boolean {
  return (
    a.sorting === b.sorting &&
    a.columnFilters === b.columnFilters &&
    a.globalFilter === b.globalFilter &&
    a.pagination === b.pagination &&
    a.rowSelection === b.rowSelection
  )
}
