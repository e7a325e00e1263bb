import type { Column } from '../columns/Column'
import type { Row } from '../rows/Row'

/**
 * A row model a getter returned to app code, as the leak detector sees it. Rows are made
 * when the app reads `rows` (issue 13), so only rows that were read can be held by the app.
 */
export interface HandedModel {
  /** How many rows the model has (read without making them). */
  readonly count: number
  /** The model's rows if the app read them, else `undefined`; makes nothing. */
  peekRows(): readonly Row<unknown>[] | undefined
}

/** The memoized row-model stages, in pipeline order (`selected` hangs off `core`). */
export type RowModelStage = 'core' | 'filtered' | 'sorted' | 'paginated' | 'selected'

/**
 * The monitoring seam (internal, for the performance feature). Attached with
 * `table.setObserver`; when none is attached the table reads no clock and calls nothing.
 * Errors thrown by an observer go to the table's `onError` and never break the table.
 */
export interface TableObserver {
  /** Monotonic clock in ms used to time builds while an observer is attached. */
  now(): number
  /** A stage really rebuilt (never called on a memo hit). rowCount = rows the stage produced. inputRowCount = rows it consumed. */
  onStageBuild?(
    stage: RowModelStage,
    durationMs: number,
    rowCount: number,
    inputRowCount: number,
  ): void
  /** A getRowModel() call that rebuilt at least one stage; durationMs is the whole call. */
  onRowModelBuild?(durationMs: number, rowCount: number): void
  /** A selection state change (setRowSelection/toggleRowSelected/toggleAllRowsSelected/row.toggleSelected); durationMs is the setter's cost. */
  onSelectionChange?(durationMs: number, selectedCount: number): void
  /**
   * Rows a row-model getter returned to app code (`getRowModel`, `getPaginationRowModel`,
   * `getCoreRowModel`, `getFilteredRowModel`, `getSortedRowModel`, `getSelectedRowModel`): the
   * model itself, on every call, memo hits included. Leave it out when unused: the getters
   * then do nothing more.
   */
  onRowsHanded?(model: HandedModel): void
  /**
   * Rows of the core model that the table dropped (setData replaced them, or destroy): the
   * rows made so far, and the core build they came from (`build.count` rows), which a row
   * model the app kept still holds, with all of its data. Only called if the core model had
   * been built.
   */
  onRowsReleased?(
    rows: readonly Row<unknown>[],
    reason: 'data' | 'columns' | 'destroy',
    build: { readonly count: number },
  ): void
  /** Columns the table dropped (setColumns replaced them, or destroy). */
  onColumnsReleased?(columns: readonly Column<unknown>[], reason: 'columns' | 'destroy'): void
}
