import type { BudgetViolation } from '../performance/types/metrics'
import type {
  ColumnFiltersState,
  PaginationState,
  RowSelectionState,
  SortingState,
  TableState,
} from '../table/types/state'

/**
 * Payload type of every table event, by event name. Features add events by declaration
 * merging: `declare module '@gridkit/core' { interface TableEventMap { 'my:event': {...} } }`.
 */
export interface TableEventMap {
  /** Any state slice changed. */
  'state:change': { state: TableState; previousState: TableState }
  /** The sort order changed. */
  'sorting:change': { sorting: SortingState; previousSorting: SortingState }
  /** Column filters or the global filter changed. */
  'filtering:change': {
    columnFilters: ColumnFiltersState
    previousColumnFilters: ColumnFiltersState
    globalFilter: string
    previousGlobalFilter: string
  }
  /** Page index or page size changed. */
  'pagination:change': { pagination: PaginationState; previousPagination: PaginationState }
  /** The selected rows changed. */
  'selection:change': { rowSelection: RowSelectionState; previousRowSelection: RowSelectionState }
  /** `setData` replaced the rows; counts only, never row data. */
  'data:change': { rowCount: number; previousRowCount: number }
  /** `setColumns` replaced the columns. */
  'columns:change': { columnIds: string[]; previousColumnIds: string[] }
  /** The table is being destroyed; emitted before listeners are removed. */
  'table:destroy': { rowCount: number; columnCount: number }
  /** An operation went over its performance budget (emitted by the performance feature). */
  'performance:budgetViolation': BudgetViolation
}

/** Name of a table event. */
export type TableEventType = keyof TableEventMap

/** What a handler receives. */
export interface TableEvent<K extends TableEventType> {
  /** The event name. */
  type: K
  /** Event-specific data. */
  payload: TableEventMap[K]
  /** Epoch ms when the event was emitted. */
  timestamp: number
  /** The emitting table's id. */
  tableId: string
}

/** A handler of one event type. */
export type TableEventHandler<K extends TableEventType> = (event: TableEvent<K>) => void

/** Removes the handler it was returned for. */
export type Unsubscribe = () => void
