import { buildStage } from '../memo'
import type { TableStore } from '../instance/TableStore'
import type { Row } from '../rows/Row'
import type { RowModel } from '../types/row-model'
import type { RowSelectionState } from '../types/state'
import type { CoreRowModelStage } from './core'

/** The selected rows of the core model, in data order (filters do not hide selected rows here). */
export class SelectedRowModelStage<TData> {
  private input: RowModel<TData> | undefined
  private selection: RowSelectionState | undefined
  private model: RowModel<TData> | undefined

  constructor(
    private readonly store: TableStore<TData>,
    private readonly upstream: CoreRowModelStage<TData>,
  ) {}

  /** The selected model, rebuilt when the selection or the core rows change. */
  get(): RowModel<TData> {
    const input = this.upstream.get()
    const { rowSelection } = this.store.state
    if (this.model !== undefined && input === this.input && rowSelection === this.selection) {
      return this.model
    }
    this.model = buildStage(this.store, 'selected', input.rows.length, () => {
      const rows: Row<TData>[] = []
      for (const row of input.rows) if (rowSelection[row.id] === true) rows.push(row)
      return { rows }
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
