import { sortRows } from '../features/sorting/sort-rows'
import { buildStage } from '../memo'
import type { TableStore } from '../instance/TableStore'
import type { SortingState } from '../types/state'
import type { FilteredRowModelStage } from './filtered'
import { IndexedRowModel } from './IndexedRowModel'

/** Stage 3: the filtered rows in sort order. */
export class SortedRowModelStage<TData> {
  private input: IndexedRowModel<TData> | undefined
  private sorting: SortingState | undefined
  private model: IndexedRowModel<TData> | undefined

  constructor(
    private readonly store: TableStore<TData>,
    private readonly upstream: FilteredRowModelStage<TData>,
  ) {}

  /** The sorted model; the filtered model itself when nothing is sorted. */
  get(): IndexedRowModel<TData> {
    const input = this.upstream.get()
    const { sorting } = this.store.state
    if (this.model !== undefined && input === this.input && sorting === this.sorting) {
      return this.model
    }
    const { store } = this
    // No sort passes the input through: no work, so nothing is timed or reported.
    this.model =
      sorting.length === 0
        ? input
        : buildStage(
            store,
            'sorted',
            input.count,
            () =>
              new IndexedRowModel(
                input.source,
                sortRows(input, sorting, store.columnsById, store.locale, store.sortScratch()),
              ),
          )
    this.input = input
    this.sorting = sorting
    return this.model
  }

  /** Drops the cached model. */
  reset(): void {
    this.model = undefined
    this.input = undefined
  }
}
