import { CoreRowModelStage } from '../row-models/core'
import { FilteredRowModelStage } from '../row-models/filtered'
import { PaginatedRowModelStage } from '../row-models/paginated'
import { SelectedRowModelStage } from '../row-models/selected'
import { SortedRowModelStage } from '../row-models/sorted'
import type { IndexedRowModel } from '../row-models/IndexedRowModel'
import type { Row } from '../rows/Row'
import type { TableStore } from './TableStore'

/** The chain of memoized stages of one table, plus the lazy row-id index. */
export class RowModelPipeline<TData> {
  /** One row per data item. */
  readonly core: CoreRowModelStage<TData>
  /** Rows passing the filters. */
  readonly filtered: FilteredRowModelStage<TData>
  /** Filtered rows in sort order. */
  readonly sorted: SortedRowModelStage<TData>
  /** The current page. */
  readonly paginated: PaginatedRowModelStage<TData>
  /** Selected rows of the core model. */
  readonly selected: SelectedRowModelStage<TData>
  private indexedModel: IndexedRowModel<TData> | undefined
  private indexById = new Map<string, number>()

  constructor(private readonly store: TableStore<TData>) {
    this.core = new CoreRowModelStage(store)
    this.filtered = new FilteredRowModelStage(store, this.core)
    this.sorted = new SortedRowModelStage(store, this.filtered)
    this.paginated = new PaginatedRowModelStage(store, this.sorted)
    this.selected = new SelectedRowModelStage(store, this.core)
  }

  /** The page model; while observed, a call that rebuilt any stage is timed as a whole. */
  rowModel(): IndexedRowModel<TData> {
    const { store } = this
    const observer = store.observer
    if (observer === undefined) return this.paginated.get()
    const builds = store.observedBuilds
    const start = observer.now()
    const model = this.paginated.get()
    if (store.observedBuilds !== builds) {
      try {
        observer.onRowModelBuild?.(observer.now() - start, model.count)
      } catch (error) {
        store.report(error)
      }
    }
    return model
  }

  /** The row with `rowId` (the first in data order when ids repeat); the index is built on first use per core model. */
  rowById(rowId: string): Row<TData> | undefined {
    const model = this.core.get()
    const { source } = model
    if (model !== this.indexedModel) {
      this.indexById = new Map()
      // Walked backwards so that, with duplicate ids, the first row in data order wins.
      for (let i = source.count - 1; i >= 0; i--) this.indexById.set(source.idAt(i), i)
      this.indexedModel = model
    }
    const index = this.indexById.get(rowId)
    return index === undefined ? undefined : source.rowAt(index)
  }

  /** Drops the row-id index (data or columns replaced). */
  forgetRowIndex(): void {
    this.indexedModel = undefined
    this.indexById = new Map()
  }

  /** Drops every cached model (on destroy), so rows can be collected. */
  reset(): void {
    this.forgetRowIndex()
    this.core.reset()
    this.filtered.reset()
    this.sorted.reset()
    this.paginated.reset()
    this.selected.reset()
  }
}
