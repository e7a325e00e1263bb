/** What a row needs from its table; kept structural so rows hold one reference only. */
export interface RowHost<TData> {
  /** The id of the data item at `index`: `getRowId`'s result as a string (computed once per row). */
  idOf(original: TData, index: number): string
  /** The cell value of `row` in column `columnId`. */
  valueOf(row: Row<TData>, columnId: string): unknown
  /** Whether the row id is selected. */
  isSelected(rowId: string): boolean
  /** Flips (or sets) the selection of the row id. */
  toggleSelected(rowId: string, value?: boolean): void
}

/**
 * One row of the table. Methods live on the prototype and the row holds three fields, so a
 * row costs a few dozen bytes whatever the column count. The id is computed on first use and
 * kept by the host of the row's model (issue 13): building 1M rows calls no `getRowId` and
 * allocates no id strings; only rows whose id is read (the page, the selection, `getRow`)
 * pay for it. No id field either: a fourth field made each row 8 bytes (a third) larger,
 * and at 1M rows the collector copies and the system maps every byte of them.
 */
export class Row<TData> {
  /** Position of the row in `data`. */
  readonly index: number
  /** The object from `data`. */
  readonly original: TData
  private readonly host: RowHost<TData>

  constructor(index: number, original: TData, host: RowHost<TData>) {
    this.index = index
    this.original = original
    this.host = host
  }

  /** Row id from `getRowId`, as a string (default: the data index); computed once, on first use. */
  get id(): string {
    return this.host.idOf(this.original, this.index)
  }

  /** The cell value in column `columnId`; throws `UNKNOWN_COLUMN` for an unknown id. */
  getValue(columnId: string): unknown {
    return this.host.valueOf(this, columnId)
  }

  /** Whether this row is selected. */
  getIsSelected(): boolean {
    return this.host.isSelected(this.id)
  }

  /** Flips this row's selection, or sets it to `value`. */
  toggleSelected(value?: boolean): void {
    this.host.toggleSelected(this.id, value)
  }
}
