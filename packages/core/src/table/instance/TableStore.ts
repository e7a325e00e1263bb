import type { Column } from '../columns/Column'
import { SortScratch } from '../features/sorting/sort-scratch'
import type { RowHost } from '../rows/Row'
import type { TableState } from '../types/state'
import type { TableObserver } from './observer'

/**
 * The mutable inside of one table, shared by the instance (which changes it) and the
 * row-model stages (which read it). State slices are replaced, never mutated, so stages
 * detect change by reference.
 */
export class TableStore<TData> {
  /** The current state. */
  state: TableState
  /** The current data. */
  data: readonly TData[]
  /** The current columns. */
  columns: readonly Column<TData>[] = []
  /** Columns by id. */
  columnsById = new Map<string, Column<TData>>()
  /** Bumped by every `setColumns`, so stages that read columns rebuild. */
  columnsVersion = 0
  /** The monitoring observer, if any. */
  observer: TableObserver | undefined = undefined
  /** BCP 47 locale for locale-aware text order (the `locale` option); `undefined`: code-unit order. */
  locale: string | undefined = undefined
  /** Typed arrays reused by every sort; see {@link TableStore.sortScratch}. */
  private scratch: SortScratch | undefined = undefined
  /** Stage rebuilds seen while observed; lets `getRowModel` tell a rebuild from a hit. */
  observedBuilds = 0

  constructor(
    state: TableState,
    data: readonly TData[],
    /** Row id from the original row and its index. */
    readonly getRowId: (original: TData, index: number) => string | number,
    /** What rows call back into. */
    readonly rowHost: RowHost<TData>,
    /** Where caught errors go. */
    readonly report: (error: unknown) => void,
  ) {
    this.state = state
    this.data = data
  }

  /** The sort scratch arrays, created on the first sort and kept until released. */
  sortScratch(): SortScratch {
    this.scratch ??= new SortScratch()
    return this.scratch
  }

  /** Drops the sort scratch arrays (destroy, or data that shrank), so their memory can be freed. */
  releaseSortScratch(): void {
    this.scratch = undefined
  }

  /** Bytes held by the sort scratch arrays (0 when none). */
  sortScratchBytes(): number {
    return this.scratch?.byteLength() ?? 0
  }
}
