import { buildStage } from '../memo'
import type { TableStore } from '../instance/TableStore'
import type { PaginationState } from '../types/state'
import { IndexedRowModel } from './IndexedRowModel'
import type { SortedRowModelStage } from './sorted'

/** Stage 4: the current page of the sorted rows. */
export class PaginatedRowModelStage<TData> {
  private input: IndexedRowModel<TData> | undefined
  private pagination: PaginationState | undefined
  private model: IndexedRowModel<TData> | undefined

  constructor(
    private readonly store: TableStore<TData>,
    private readonly upstream: SortedRowModelStage<TData>,
  ) {}

  /** The page model; a hit compares two references and allocates nothing. */
  get(): IndexedRowModel<TData> {
    const input = this.upstream.get()
    const { pagination } = this.store.state
    if (this.model !== undefined && input === this.input && pagination === this.pagination) {
      return this.model
    }
    this.model = buildStage(this.store, 'paginated', input.count, () => {
      const start = Math.min(pagination.pageIndex * pagination.pageSize, input.count)
      const end = Math.min(start + pagination.pageSize, input.count)
      const page = new Int32Array(end - start)
      for (let i = 0; i < page.length; i++) page[i] = input.indexAt(start + i)
      return new IndexedRowModel(input.source, page, true)
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
