import type { Column } from '../../columns/Column'
import type { Row } from '../../rows/Row'
import type { SortingState } from '../../types/state'
import { buildSortKeys, isMissingForCustomFn } from './sort-keys'
import { textStyleOf } from './sorting-fns'

type Compare = (a: number, b: number) => number

/** One sort column, prepared: how two positions compare, missing values aside. */
interface PreparedSort {
  /** Compares two present positions in ascending order. */
  readonly compare: Compare
  /** 1 at missing positions. */
  readonly missing: Uint8Array
  readonly missingFirst: boolean
  readonly desc: boolean
}

function readValues<TData>(rows: readonly Row<TData>[], column: Column<TData>): unknown[] {
  const { accessor } = column
  const values = new Array<unknown>(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row<TData>
    values[i] = accessor(row.original, row.index)
  }
  return values
}

/**
 * A custom comparator over row positions. Its own function, so that only this closure's
 * context holds `rows`: a context shared with the key comparators kept sorted rows
 * reachable after destroy (V8 keeps the last comparator alive through its feedback).
 */
function customCompare<TData>(
  rows: readonly Row<TData>[],
  fn: (a: Row<TData>, b: Row<TData>, columnId: string) => number,
  id: string,
): Compare {
  return (a, b) => fn(rows[a] as Row<TData>, rows[b] as Row<TData>, id)
}

function keyCompare(keys: Float64Array): Compare {
  return (a, b) => {
    const x = keys[a] as number
    const y = keys[b] as number
    return x < y ? -1 : x > y ? 1 : 0
  }
}

function prepare<TData>(
  rows: readonly Row<TData>[],
  column: Column<TData>,
  desc: boolean,
  locale: string | undefined,
): PreparedSort {
  const values = readValues(rows, column)
  const { columnDef } = column
  const missingFirst = columnDef.sortUndefined === 'first'
  const missing = new Uint8Array(rows.length)
  const fn = columnDef.sortingFn ?? 'auto'
  if (typeof fn === 'function') {
    for (let i = 0; i < values.length; i++) missing[i] = isMissingForCustomFn(values[i]) ? 1 : 0
    return { compare: customCompare(rows, fn, column.id), missing, missingFirst, desc }
  }
  const keys = buildSortKeys(values, { style: textStyleOf(fn), locale })
  for (let i = 0; i < keys.length; i++) missing[i] = Number.isNaN(keys[i]) ? 1 : 0
  return { compare: keyCompare(keys), missing, missingFirst, desc }
}

/** The full comparator of one column: missing values at their end in both directions. */
function columnCompare(sort: PreparedSort): Compare {
  const { compare, missing, desc } = sort
  const before = sort.missingFirst ? -1 : 1
  return (a, b) => {
    const missingA = missing[a] === 1
    const missingB = missing[b] === 1
    if (missingA || missingB) return missingA === missingB ? 0 : missingA ? before : -before
    return desc ? compare(b, a) : compare(a, b)
  }
}

/**
 * Sorts rows by `sorting` (first entry most significant). Each column's values are read
 * once into keys; missing values go last in both directions unless the column says
 * `sortUndefined: 'first'`; ties keep input order (the sort is stable).
 */
export function sortRows<TData>(
  rows: readonly Row<TData>[],
  sorting: SortingState,
  columnsById: ReadonlyMap<string, Column<TData>>,
  locale?: string,
): Row<TData>[] {
  const compares: Compare[] = []
  for (const { id, desc } of sorting) {
    const column = columnsById.get(id)
    if (column !== undefined) compares.push(columnCompare(prepare(rows, column, desc, locale)))
  }
  const order = new Array<number>(rows.length)
  for (let i = 0; i < order.length; i++) order[i] = i
  order.sort((a, b) => {
    for (const compare of compares) {
      const result = compare(a, b)
      if (result !== 0) return result
    }
    return 0
  })
  const sorted = new Array<Row<TData>>(order.length)
  for (let i = 0; i < order.length; i++) sorted[i] = rows[order[i] as number] as Row<TData>
  return sorted
}
