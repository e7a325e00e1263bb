import { buildStage } from '../memo'
import type { TableStore } from '../instance/TableStore'
import { Row, type RowHost } from '../rows/Row'
import type { RowModel } from '../types/row-model'

/**
 * One Row per data item. A module-level function on purpose: with the loop inside the build
 * closure, V8's optimised code for that closure was seen keeping the replaced `data` array
 * reachable after `setData` (a false leak for the detector, and memory the app cannot free).
 */
function buildRows<TData>(data: readonly TData[], rowHost: RowHost<TData>): Row<TData>[] {
  // The host of this build's rows: the table's, plus their ids, each computed once on first
  // read and kept here, not in a field of every row (see Row). Per build, so rows of replaced
  // data keep their own ids. Dense when most ids are read, sparse (V8 picks) for a page's.
  const ids: string[] = []
  const host: RowHost<TData> = {
    ...rowHost,
    idOf: (original, index) => (ids[index] ??= rowHost.idOf(original, index)),
  }
  const rows = new Array<Row<TData>>(data.length)
  for (let i = 0; i < data.length; i++) {
    const original = data[i] as TData
    rows[i] = new Row(i, original, host)
  }
  return rows
}

/** Stage 1: one {@link Row} per data item. Rebuilt when `data` or the columns are replaced. */
export class CoreRowModelStage<TData> {
  private data: readonly TData[] | undefined
  private columnsVersion = -1
  private model: RowModel<TData> | undefined
  /**
   * The model's `rows[i].original` by `i` (and holes past the rows), written on first use
   * after each build: filters read values through it instead of through every Row (issue 13),
   * and stay right when the app changes `data` in place without `setData`, since it is taken
   * from the rows. Written lazily (a copy at build time cost a 100k create 3 ms of fresh
   * memory, 1M 40 ms, for tables never filtered) into the same array while the data does not
   * shrink (a fresh one made the first filter after each `setData` 2.5x slower).
   */
  private originals: (TData | undefined)[] = []
  /** Whether `originals` holds the current model's data items. */
  private originalsWritten = false

  constructor(private readonly store: TableStore<TData>) {}

  /** The core model, rebuilt only if its inputs changed. */
  get(): RowModel<TData> {
    const { store } = this
    if (
      this.model !== undefined &&
      store.data === this.data &&
      store.columnsVersion === this.columnsVersion
    ) {
      return this.model
    }
    const { data, rowHost } = store
    this.model = buildStage(store, 'core', data.length, () => ({
      rows: buildRows(data, rowHost),
    }))
    this.originalsWritten = false
    this.data = data
    this.columnsVersion = store.columnsVersion
    return this.model
  }

  /** `rows[i].original` by `i` for the current model's rows (see `originals`). */
  dataOfRows(): readonly TData[] {
    const { rows } = this.get()
    if (!this.originalsWritten) {
      if (this.originals.length < rows.length) this.originals = new Array<TData>(rows.length)
      const { originals } = this
      for (let i = 0; i < rows.length; i++) originals[i] = (rows[i] as Row<TData>).original
      this.originalsWritten = true
    }
    return this.originals as readonly TData[]
  }

  /** The model built from the current data and columns, without building one (undefined if none). */
  peek(): RowModel<TData> | undefined {
    const { store } = this
    return this.data === store.data && this.columnsVersion === store.columnsVersion
      ? this.model
      : undefined
  }

  /**
   * Drops the cached model (data or columns replaced, destroy). The data items go too: the
   * array is emptied for reuse, or dropped when the table now has fewer rows (destroy: none).
   */
  reset(): void {
    this.model = undefined
    this.data = undefined
    this.originalsWritten = false
    if (this.store.data.length < this.originals.length) this.originals = []
    else this.originals.fill(undefined)
  }
}
