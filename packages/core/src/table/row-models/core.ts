import { buildStage } from '../memo'
import type { TableStore } from '../instance/TableStore'
import { CoreRows } from '../rows/CoreRows'
import { IndexedRowModel } from './IndexedRowModel'

/**
 * Stage 1: every data item, as rows made on first read (see {@link CoreRows}). Rebuilt when
 * `data` or the columns are replaced. A build keeps `data` itself, not a copy: the table
 * reads it by index when rows or values are needed, so `data` changed in place without
 * `setData` is read as it is then, within the row count of the last build.
 */
export class CoreRowModelStage<TData> {
  private data: readonly TData[] | undefined
  private columnsVersion = -1
  private model: IndexedRowModel<TData> | undefined

  constructor(private readonly store: TableStore<TData>) {}

  /** The core model, rebuilt only if its inputs changed. */
  get(): IndexedRowModel<TData> {
    const { store } = this
    if (
      this.model !== undefined &&
      store.data === this.data &&
      store.columnsVersion === this.columnsVersion
    ) {
      return this.model
    }
    const { data, rowHost } = store
    this.model = buildStage(
      store,
      'core',
      data.length,
      () => new IndexedRowModel(new CoreRows(data, data.length, rowHost), undefined),
    )
    this.data = data
    this.columnsVersion = store.columnsVersion
    return this.model
  }

  /** The model built from the current data and columns, without building one (undefined if none). */
  peek(): IndexedRowModel<TData> | undefined {
    const { store } = this
    return this.data === store.data && this.columnsVersion === store.columnsVersion
      ? this.model
      : undefined
  }

  /** Drops the cached model (data or columns replaced, destroy). */
  reset(): void {
    this.model = undefined
    this.data = undefined
  }
}
