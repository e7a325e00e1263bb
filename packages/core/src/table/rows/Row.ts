/** What a row needs from its table; kept structural so rows hold one reference only. */
export interface RowHost<TData> {
  /** The cell value of `row` in column `columnId`. */
  valueOf(row: Row<TData>, columnId: string): unknown
  /** Whether the row id is selected. */
  isSelected(rowId: string): boolean
  /** Flips (or sets) the selection of the row id. */
  toggleSelected(rowId: string, value?: boolean): void
}

/**
 * One row of the table. Methods live on the prototype and the row holds four fields,
 * so a row costs a few dozen bytes whatever the column count.
 */
export class Row<TData> {
  /** Row id from `getRowId` (default: the data index as a string). */
  readonly id: string
  /** Position of the row in `data`. */
  readonly index: number
  /** The object from `data`. */
  readonly original: TData
  private readonly host: RowHost<TData>

  constructor(id: string, index: number, original: TData, host: RowHost<TData>) {
    this.id = id
    this.index = index
    this.original = original
    this.host = host
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
