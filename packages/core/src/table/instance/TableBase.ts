import { GridKitError } from '../../errors/GridKitError'
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
import type { ToggleSortingOptions } from '../features/sorting/toggle-sorting'
import type { Row, RowHost } from '../rows/Row'
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
  getRowId: (original: TData, index: number) => string
  initialState: unknown
  onStateChange: ((state: TableState, previousState: TableState) => void) | undefined
  onError: (error: unknown) => void
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
  private readonly bus: EventBus
  private readonly columnHost: ColumnHost
  private readonly onStateChange: ResolvedTableOptions<TData>['onStateChange']
  private destroyed = false
  private readonly teardowns: (() => void)[] = []

  constructor(options: ResolvedTableOptions<TData>) {
    this.id = options.id
    this.onStateChange = options.onStateChange
    this.bus = new EventBus(options.id, options.onError)
    const rowHost: RowHost<TData> = {
      valueOf: (row, columnId) => this.valueOf(row, columnId),
      isSelected: (rowId) => this.store.state.rowSelection[rowId] === true,
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
    this.models = new RowModelPipeline(this.store)
  }

  /** Cycles a column's sort; see {@link TableInstance.toggleSorting}. */
  abstract toggleSorting(columnId: string, options?: ToggleSortingOptions): void
  /** Sets one column's filter; see {@link TableInstance.setColumnFilter}. */
  abstract setColumnFilter(columnId: string, value: unknown): void
  /** Flips one row's selection; see {@link TableInstance.toggleRowSelected}. */
  abstract toggleRowSelected(rowId: string, value?: boolean): void

  /** The current state (slices are replaced on change, never mutated). */
  getState(): TableState {
    return this.store.state
  }

  /** Replaces the data; rows are rebuilt lazily and `data:change` carries the counts. */
  setData(data: readonly TData[]): void {
    this.assertAlive('setData')
    validateData(data)
    const previousRowCount = this.store.data.length
    const released = this.models.core.peek()
    this.store.data = data
    // Drop every cached model now, so the replaced rows can be collected before the next build.
    this.models.reset()
    if (released !== undefined) {
      this.notifyObserver((observer) => observer.onRowsReleased?.(released.rows, 'data'))
    }
    if (this.bus.hasListeners('data:change')) {
      this.bus.emit('data:change', { rowCount: data.length, previousRowCount })
    }
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
    this.models.forgetRowIndex()
    this.notifyObserver((observer) =>
      observer.onColumnsReleased?.(previous as readonly Column<unknown>[], 'columns'),
    )
    // The core rows are rebuilt for the new columns: the old ones are released.
    if (releasedRows !== undefined) {
      this.notifyObserver((observer) => observer.onRowsReleased?.(releasedRows.rows, 'columns'))
    }
    const state = this.store.state
    const sorting = state.sorting.filter((sort) => columnsById.get(sort.id)?.getCanSort() === true)
    const columnFilters = state.columnFilters.filter(
      (filter) => columnsById.get(filter.id)?.getCanFilter() === true,
    )
    if (
      sorting.length !== state.sorting.length ||
      columnFilters.length !== state.columnFilters.length
    ) {
      this.commit({ ...state, sorting, columnFilters })
    }
    if (this.bus.hasListeners('columns:change')) {
      this.bus.emit('columns:change', {
        columnIds: next.map((column) => column.id),
        previousColumnIds: previous.map((column) => column.id),
      })
    }
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
    return this.models.core.get()
  }

  /** Rows passing the column filters and the global filter. */
  getFilteredRowModel(): RowModel<TData> {
    this.assertAlive('getFilteredRowModel')
    return this.models.filtered.get()
  }

  /** The filtered rows in sort order. */
  getSortedRowModel(): RowModel<TData> {
    this.assertAlive('getSortedRowModel')
    return this.models.sorted.get()
  }

  /** The current page of the sorted rows. */
  getPaginationRowModel(): RowModel<TData> {
    this.assertAlive('getPaginationRowModel')
    return this.models.paginated.get()
  }

  /** What to render: the current page of the sorted, filtered rows. An unchanged call is a cache hit. */
  getRowModel(): RowModel<TData> {
    this.assertAlive('getRowModel')
    return this.models.rowModel()
  }

  /** Selected rows of the whole data (filters do not hide them), in data order. */
  getSelectedRowModel(): RowModel<TData> {
    this.assertAlive('getSelectedRowModel')
    return this.models.selected.get()
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

  /** Internal, for features such as performance: emits an event on this table's bus. A no-op after destroy. */
  emit<K extends TableEventType>(type: K, payload: TableEventMap[K]): void {
    this.bus.emit(type, payload)
  }

  /** Internal, for the performance feature: attaches (or with `undefined` detaches) the monitoring observer. */
  setObserver(observer: TableObserver | undefined): void {
    this.assertAlive('setObserver')
    this.store.observer = observer
  }

  /** Internal: whether a monitoring observer is attached. */
  hasObserver(): boolean {
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

  /** Emits `table:destroy`, removes all listeners and drops rows and columns. Idempotent. */
  destroy(): void {
    if (this.destroyed) return
    const { store } = this
    this.bus.emit('table:destroy', {
      rowCount: store.data.length,
      columnCount: store.columns.length,
    })
    this.destroyed = true
    this.bus.clear()
    const core = this.models.core.peek()
    const columns = store.columns
    if (core !== undefined) {
      this.notifyObserver((observer) => observer.onRowsReleased?.(core.rows, 'destroy'))
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

  /** Stores the new state, calls onStateChange, then emits the change events. */
  protected commit(next: TableState): void {
    const previous = this.store.state
    if (next === previous) return
    this.store.state = next
    if (this.onStateChange !== undefined) {
      try {
        this.onStateChange(next, previous)
      } catch (error) {
        this.store.report(error)
      }
    }
    emitStateChanges(this.bus, next, previous)
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
