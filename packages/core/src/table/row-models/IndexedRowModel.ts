import type { CoreRows } from '../rows/CoreRows'
import type { Row } from '../rows/Row'
import type { RowModel } from '../types/row-model'

/**
 * A stage's output as data indices into one core build (issue 13): filters, sorts and the
 * page work on indices, and `rows` makes the Row objects on first read, once. A table that
 * renders one sorted page of 1M rows makes the page's rows and no others.
 */
export class IndexedRowModel<TData> implements RowModel<TData> {
  private list: readonly Row<TData>[] | undefined = undefined
  private build: CoreRows<TData> | undefined

  constructor(
    /** The core build the indices point into. */
    source: CoreRows<TData>,
    /** Data index of each row in display order; `undefined`: every row, in data order. */
    readonly indices: Int32Array | undefined,
    /**
     * Let go of the core build once the rows are made (the page: no stage reads on from it),
     * so a page the app keeps after `setData` holds its own rows and items, not all of `data`.
     */
    private readonly detachOnRead = false,
  ) {
    this.build = source
  }

  /** The core build the indices point into; stages read it from their input, never from a page. */
  get source(): CoreRows<TData> {
    return this.build as CoreRows<TData>
  }

  /** How many rows the model has, without making them. */
  get count(): number {
    return this.indices === undefined ? this.source.count : this.indices.length
  }

  /** The model's rows in display order, made on first read; the same array on every read. */
  get rows(): readonly Row<TData>[] {
    if (this.list !== undefined) return this.list
    const { source, indices } = this
    if (indices === undefined) {
      this.list = source.all()
    } else {
      const rows = new Array<Row<TData>>(indices.length)
      for (let i = 0; i < indices.length; i++) rows[i] = source.rowAt(indices[i] as number)
      this.list = rows
    }
    if (this.detachOnRead) this.build = undefined
    return this.list
  }

  /** What `JSON.stringify` writes: the rows, not the data behind them. */
  toJSON(): { rows: readonly Row<TData>[] } {
    return { rows: this.rows }
  }

  /** The rows if `rows` was read, else `undefined` (nothing is made). */
  peekRows(): readonly Row<TData>[] | undefined {
    return this.list
  }

  /** Data index of the row at display position `position`. */
  indexAt(position: number): number {
    return this.indices === undefined ? position : (this.indices[position] as number)
  }

  /** The row ids in display order, computed without making rows. */
  ids(): string[] {
    if (this.build === undefined) return (this.list ?? []).map((row) => row.id)
    const ids = new Array<string>(this.count)
    for (let i = 0; i < ids.length; i++) ids[i] = this.source.idAt(this.indexAt(i))
    return ids
  }
}
