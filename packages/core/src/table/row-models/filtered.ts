import { filterRows } from '../features/filtering/filter-rows'
import { buildStage } from '../memo'
import type { TableStore } from '../instance/TableStore'
import type { RowModel } from '../types/row-model'
import type { ColumnFiltersState } from '../types/state'
import type { CoreRowModelStage } from './core'

/** Stage 2: rows passing the column filters and the global filter. */
export class FilteredRowModelStage<TData> {
  private input: RowModel<TData> | undefined
  private filters: ColumnFiltersState | undefined
  private globalFilter = ''
  private model: RowModel<TData> | undefined

  constructor(
    private readonly store: TableStore<TData>,
    private readonly upstream: CoreRowModelStage<TData>,
  ) {}

  /** The filtered model; the core model itself when no filter is active. */
  get(): RowModel<TData> {
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
        : buildStage(store, 'filtered', input.rows.length, () => ({
            rows: filterRows(
              input.rows,
              this.upstream.dataOfRows(),
              columnFilters,
              globalFilter,
              store.columns,
              store.columnsById,
            ),
          }))
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
