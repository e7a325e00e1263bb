import { GridKitError, describeValue } from '../../errors/GridKitError'
import { buildStage } from '../memo'
import type { TableStore } from '../instance/TableStore'
import { Row, type RowHost } from '../rows/Row'
import type { RowModel } from '../types/row-model'

/**
 * The row id `getRowId` gave, as a string (issue 9: ids are strings everywhere). Numbers and
 * bigints are coerced with `String`; anything else is a bad `getRowId` and throws.
 */
function rowIdOf(id: unknown, index: number): string {
  if (typeof id === 'string') return id
  if (typeof id === 'number' || typeof id === 'bigint') return String(id)
  throw new GridKitError(
    'INVALID_ROW_ID',
    `Option "getRowId" must return a string (numbers are converted); got ${describeValue(id)} for the row at index ${index}.`,
    { option: 'getRowId', index },
  )
}

/**
 * One Row per data item. A module-level function on purpose: with the loop inside the build
 * closure, V8's optimised code for that closure was seen keeping the replaced `data` array
 * reachable after `setData` (a false leak for the detector, and memory the app cannot free).
 */
function buildRows<TData>(
  data: readonly TData[],
  getRowId: (original: TData, index: number) => string | number,
  rowHost: RowHost<TData>,
): Row<TData>[] {
  const rows = new Array<Row<TData>>(data.length)
  for (let i = 0; i < data.length; i++) {
    const original = data[i] as TData
    rows[i] = new Row(rowIdOf(getRowId(original, i), i), i, original, rowHost)
  }
  return rows
}

/** Stage 1: one {@link Row} per data item. Rebuilt when `data` or the columns are replaced. */
export class CoreRowModelStage<TData> {
  private data: readonly TData[] | undefined
  private columnsVersion = -1
  private model: RowModel<TData> | undefined

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
    const { data, getRowId, rowHost } = store
    this.model = buildStage(store, 'core', data.length, () => ({
      rows: buildRows(data, getRowId, rowHost),
    }))
    this.data = data
    this.columnsVersion = store.columnsVersion
    return this.model
  }

  /** The model built from the current data and columns, without building one (undefined if none). */
  peek(): RowModel<TData> | undefined {
    const { store } = this
    return this.data === store.data && this.columnsVersion === store.columnsVersion
      ? this.model
      : undefined
  }

  /** Drops the cached model (on destroy). */
  reset(): void {
    this.model = undefined
    this.data = undefined
  }
}
