import type { Row } from '../rows/Row'

/** The output of one row-model stage. The object is reused until the stage's inputs change. */
export interface RowModel<TData> {
  /** The stage's rows, in display order. */
  readonly rows: readonly Row<TData>[]
  /**
   * How many rows the stage has, read without making them: rows are made on first read of
   * `rows`, so `getFilteredRowModel().count` is what a "N results" label should read.
   */
  readonly count: number
}
