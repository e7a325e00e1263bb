import { buildStage } from '../memo'
import type { TableStore } from '../instance/TableStore'
import type { RowSelectionState } from '../types/state'
import type { CoreRowModelStage } from './core'
import { IndexedRowModel } from './IndexedRowModel'

/** The selected rows of the core model, in data order (filters do not hide selected rows here). */
export class SelectedRowModelStage<TData> {
  private input: IndexedRowModel<TData> | undefined
  private selection: RowSelectionState | undefined
  private model: IndexedRowModel<TData> | undefined

  constructor(
    private readonly store: TableStore<TData>,
    private readonly upstream: CoreRowModelStage<TData>,
  ) {}

  /** The selected model, rebuilt when the selection or the core rows change. */
  get(): IndexedRowModel<TData> {
    const input = this.upstream.get()
    const { rowSelection } = this.store.state
    if (this.model !== undefined && input === this.input && rowSelection === this.selection) {
      return this.model
    }
    this.model = buildStage(this.store, 'selected', input.count, () => {
      const { source } = input
      const selected: number[] = []
      for (let i = 0; i < source.count; i++)
        if (rowSelection[source.idAt(i)] === true) selected.push(i)
      return new IndexedRowModel(source, Int32Array.from(selected))
    })
    this.input = input
    this.selection = rowSelection
    return this.model
  }

  /** Drops the cached model. */
  reset(): void {
    this.model = undefined
    this.input = undefined
  }
}
