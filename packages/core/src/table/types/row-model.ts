import type { Row } from '../rows/Row'

/** The output of one row-model stage. The object is reused until the stage's inputs change. */
export interface RowModel<TData> {
  /** The stage's rows, in display order. */
  readonly rows: readonly Row<TData>[]
}
