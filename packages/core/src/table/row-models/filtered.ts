import { filterRows } from '../features/filtering/filter-rows'
import { buildStage } from '../memo'
import type { TableStore } from '../instance/TableStore'
import type { ColumnFiltersState } from '../types/state'
import type { CoreRowModelStage } from './core'
import { IndexedRowModel } from './IndexedRowModel'

/** Stage 2: rows passing the column filters and the global filter. */
export class FilteredRowModelStage<TData> {
  private input: IndexedRowModel<TData> | undefined
  private filters: ColumnFiltersState | undefined
  private globalFilter = ''
  private model: IndexedRowModel<TData> | undefined

  constructor(
    private readonly store: TableStore<TData>,
    private readonly upstream: CoreRowModelStage<TData>,
  ) {}

  /** The filtered model; the core model itself when no filter is active. */
  get(): IndexedRowModel<TData> {
    const input = this.upstream.get()
    const { columnFilters, globalFilter } = this.store.state
    if (
      this.model !== undefined &&
      input === this.input &&
      columnFilters === this.filters &&
      globalFilter === this.globalFilter
    ) {
      return this.model
    }
    const { store } = this
    // No filter passes the input through: no work, so nothing is timed or reported.
    this.model =
      columnFilters.length === 0 && globalFilter === ''
        ? input
        : buildStage(
            store,
            'filtered',
            input.count,
            () =>
              new IndexedRowModel(
                input.source,
                filterRows(
                  input.source,
                  columnFilters,
                  globalFilter,
                  store.columns,
                  store.columnsById,
                ),
              ),
          )
    this.input = input
    this.filters = columnFilters
    this.globalFilter = globalFilter
    return this.model
  }

  /** Drops the cached model. */
  reset(): void {
    this.model = undefined
    this.input = undefined
  }
}
