import type { ColumnDef, ColumnMeta } from '../types/column-def'
import type { CellAccessor } from './accessor'

/** What a column needs from its table's state. */
export interface ColumnHost {
  /** The column's position in the sort order, or -1, and its direction. */
  sortOf(columnId: string): { index: number; desc: boolean }
  /** The column's filter value, or `undefined`. */
  filterValueOf(columnId: string): unknown
  /** Toggles the column's sort (see `TableInstance.toggleSorting`). */
  toggleSorting(columnId: string, options?: { desc?: boolean; multi?: boolean }): void
  /** Sets or clears the column's filter. */
  setColumnFilter(columnId: string, value: unknown): void
}

/** A column built from a {@link ColumnDef}. */
export class Column<TData> {
  /** Unique column id. */
  readonly id: string
  /** Display name (the def's `header`, else the id). */
  readonly header: string
  /** The definition the column was built from. */
  readonly columnDef: ColumnDef<TData>
  /** Reads the cell value from an original row (internal, used by row models). */
  readonly accessor: CellAccessor
  private readonly host: ColumnHost

  constructor(id: string, columnDef: ColumnDef<TData>, accessor: CellAccessor, host: ColumnHost) {
    this.id = id
    this.header = columnDef.header ?? id
    this.columnDef = columnDef
    this.accessor = accessor
    this.host = host
  }

  /** The def's `meta`. */
  get meta(): ColumnMeta | undefined {
    return this.columnDef.meta
  }

  /** Whether the column can be sorted. */
  getCanSort(): boolean {
    return this.columnDef.enableSorting !== false
  }

  /** Whether the column can have a column filter. */
  getCanFilter(): boolean {
    return this.columnDef.enableFiltering !== false
  }

  /** Whether the global filter looks at this column. */
  getCanGlobalFilter(): boolean {
    return this.columnDef.enableFiltering !== false && this.columnDef.enableGlobalFilter !== false
  }

  /** `'asc'`, `'desc'`, or `false` when the column is not sorted. */
  getIsSorted(): 'asc' | 'desc' | false {
    const sort = this.host.sortOf(this.id)
    if (sort.index < 0) return false
    return sort.desc ? 'desc' : 'asc'
  }

  /** Position in the sort order, or -1. */
  getSortIndex(): number {
    return this.host.sortOf(this.id).index
  }

  /** The column's filter value, or `undefined`. */
  getFilterValue(): unknown {
    return this.host.filterValueOf(this.id)
  }

  /** Toggles this column's sort; see `TableInstance.toggleSorting`. */
  toggleSorting(options?: { desc?: boolean; multi?: boolean }): void {
    this.host.toggleSorting(this.id, options)
  }

  /** Sets this column's filter; `undefined` or `''` clears it. */
  setFilterValue(value: unknown): void {
    this.host.setColumnFilter(this.id, value)
  }
}
