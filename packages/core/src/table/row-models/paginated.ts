import { buildStage } from '../memo'
import type { TableStore } from '../instance/TableStore'
import type { RowModel } from '../types/row-model'
import type { PaginationState } from '../types/state'
import type { SortedRowModelStage } from './sorted'

/** Stage 4: the current page of the sorted rows. */
export class PaginatedRowModelStage<TData> {
  private input: RowModel<TData> | undefined
  private pagination: PaginationState | undefined
  private model: RowModel<TData> | undefined

  constructor(
    private readonly store: TableStore<TData>,
    private readonly upstream: SortedRowModelStage<TData>,
  ) {}

  /** The page model; a hit compares two references and allocates nothing. */
  get(): RowModel<TData> {
    const input = this.upstream.get()
    const { pagination } = this.store.state
    if (this.model !== undefined && input === this.input && pagination === this.pagination) {
      return this.model
    }
    this.model = buildStage(this.store, 'paginated', input.rows.length, () => {
      const start = pagination.pageIndex * pagination.pageSize
      return { rows: input.rows.slice(start, start + pagination.pageSize) }
    })
    this.input = input
    this.pagination = pagination
    return this.model
  }

  /** Drops the cached model. */
  reset(): void {
    this.model = undefined
    this.input = undefined
  }
}
