import { Row, type RowHost } from './Row'

/**
 * Past this share of the rows (1 in 8), the rows made so far move from a Map into an array
 * as long as the data: the Map costs nothing up front for a page of rows, the array less
 * per row once many are read.
 */
const DENSE_SHARE = 8

/**
 * The rows of one core-model build, made on first read (issue 13). A build only keeps
 * `data` and its length: no Row exists until something reads it (a page, `getValue`, a
 * model's `rows`), and each index gets one Row for the build's life, so every model of the
 * build hands out the same objects. At 1M rows, making every Row up front cost 200 ms or
 * more, most of it the collector copying them out of the young generation; a table that
 * shows a sorted page of 1M rows now makes the page's rows only.
 */
export class CoreRows<TData> {
  /** The host the rows call back into: the table's, with this build's ids, each computed once. */
  readonly host: RowHost<TData>
  private sparse: Map<number, Row<TData>> | undefined = new Map()
  private dense: (Row<TData> | undefined)[] | undefined = undefined
  private complete = false

  constructor(
    /** The data of this build, read by index (the app replaces it with `setData`). */
    readonly items: readonly TData[],
    /** Rows in this build: `items.length` when it was built. */
    readonly count: number,
    table: RowHost<TData>,
  ) {
    // Ids live here, not in a field of every row (a fourth field made rows a third larger).
    // Sparse while few are read (a page's), dense when most are (V8 picks).
    const ids: string[] = []
    this.host = {
      ...table,
      idOf: (original, index) => (ids[index] ??= table.idOf(original, index)),
    }
  }

  /** The row at data index `index` (0 <= index < count), made on first read. */
  rowAt(index: number): Row<TData> {
    const { dense } = this
    if (dense !== undefined) return (dense[index] ??= this.make(index))
    const sparse = this.sparse as Map<number, Row<TData>>
    let row = sparse.get(index)
    if (row === undefined) {
      row = this.make(index)
      sparse.set(index, row)
      if (sparse.size * DENSE_SHARE > this.count) this.densify()
    }
    return row
  }

  /** The id of the row at `index`, without making the row. */
  idAt(index: number): string {
    return this.host.idOf(this.items[index] as TData, index)
  }

  /** Every row in data order, made where not yet; the same array on every call. */
  all(): readonly Row<TData>[] {
    const rows = this.dense ?? this.densify()
    if (!this.complete) {
      for (let i = 0; i < this.count; i++) rows[i] ??= this.make(i)
      this.complete = true
    }
    return rows as Row<TData>[]
  }

  /** The rows made so far, in no set order (what a release hands to the leak detector). */
  made(): readonly Row<TData>[] {
    if (this.complete) return this.dense as Row<TData>[]
    if (this.sparse !== undefined) return [...this.sparse.values()]
    const rows: Row<TData>[] = []
    for (const row of this.dense ?? []) if (row !== undefined) rows.push(row)
    return rows
  }

  private make(index: number): Row<TData> {
    return new Row(index, this.items[index] as TData, this.host)
  }

  private densify(): (Row<TData> | undefined)[] {
    const dense = new Array<Row<TData> | undefined>(this.count)
    for (const [index, row] of this.sparse as Map<number, Row<TData>>) dense[index] = row
    this.sparse = undefined
    this.dense = dense
    return dense
  }
}
