import type { Column } from '../../columns/Column'
import type { Row } from '../../rows/Row'
import type { SortingState } from '../../types/state'
import { buildSortKeys } from './sorting-fns'
import type { SortKeys } from './sort-keys'

type Compare = (a: number, b: number) => number

/** One sort column, prepared: a comparator of present values and which positions are missing. */
interface PreparedSort {
  readonly compare: Compare
  readonly missing: Uint8Array | undefined
  readonly missingFirst: boolean
  /** Number keys, when the column has them (lets a single-column sort pack them). */
  readonly numbers?: Float64Array
  readonly desc: boolean
}

function missingOf(values: ArrayLike<unknown>): Uint8Array | undefined {
  let missing: Uint8Array | undefined
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
      missing ??= new Uint8Array(values.length)
      missing[i] = 1
    }
  }
  return missing
}

function keyCompare(keys: SortKeys, desc: boolean): Compare {
  if (keys.kind === 'collator') {
    const { collator } = keys
    const k = keys.keys as string[]
    return desc
      ? (a, b) => collator.compare(k[b] as string, k[a] as string)
      : (a, b) => collator.compare(k[a] as string, k[b] as string)
  }
  // Both kinds compare with `<`; a separate closure per direction keeps each one monomorphic.
  const k = keys.keys as ArrayLike<number | string>
  if (desc) {
    return (a, b) => {
      const x = k[a] as number | string
      const y = k[b] as number | string
      return x > y ? -1 : x < y ? 1 : 0
    }
  }
  return (a, b) => {
    const x = k[a] as number | string
    const y = k[b] as number | string
    return x < y ? -1 : x > y ? 1 : 0
  }
}

function prepare<TData>(
  rows: readonly Row<TData>[],
  column: Column<TData>,
  desc: boolean,
): PreparedSort {
  const { accessor, columnDef } = column
  const values = new Array<unknown>(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row<TData>
    values[i] = accessor(row.original, row.index)
  }
  const missingFirst = columnDef.sortUndefined === 'first'
  const fn = columnDef.sortingFn ?? 'auto'
  if (typeof fn === 'function') {
    const missing = missingOf(values.map((value) => value ?? undefined))
    const id = column.id
    const compare: Compare = desc
      ? (a, b) => fn(rows[b] as Row<TData>, rows[a] as Row<TData>, id)
      : (a, b) => fn(rows[a] as Row<TData>, rows[b] as Row<TData>, id)
    return { compare, missing, missingFirst, desc }
  }
  const keys = buildSortKeys(fn, values)
  const numbers = keys.kind === 'number' ? keys.keys : undefined
  return {
    compare: keyCompare(keys, desc),
    missing: missingOf(keys.keys),
    missingFirst,
    numbers,
    desc,
  }
}

function withMissing(sort: PreparedSort): Compare {
  const { compare, missing, missingFirst } = sort
  if (missing === undefined) return compare
  const before = missingFirst ? -1 : 1
  return (a, b) => {
    const missingA = missing[a] === 1
    const missingB = missing[b] === 1
    if (missingA || missingB) return missingA === missingB ? 0 : missingA ? before : -before
    return compare(a, b)
  }
}

function sortSingle(sort: PreparedSort, count: number): number[] {
  const { missing } = sort
  const present: number[] = []
  const absent: number[] = []
  for (let i = 0; i < count; i++) {
    if (missing?.[i] === 1) absent.push(i)
    else present.push(i)
  }
  const packed = sort.numbers && sortPacked(present, sort.numbers, sort.desc, count)
  // Array.prototype.sort is stable, and `present` is in data order, so ties keep data order.
  if (packed !== true) present.sort(sort.compare)
  if (absent.length === 0) return present
  return sort.missingFirst ? absent.concat(present) : present.concat(absent)
}

const MAX_EXACT = 2 ** 53

/**
 * Sorts `present` in place by integer keys without a comparator: each position is packed
 * with its key into one float (key * count + position) and the floats get the engine's
 * native numeric sort. Ties order by position, so the sort stays stable. Returns false
 * (touching nothing) when a key is not an integer or the packed values would lose precision.
 */
function sortPacked(present: number[], keys: Float64Array, desc: boolean, count: number): boolean {
  let min = Infinity
  let max = -Infinity
  for (const position of present) {
    const key = keys[position] as number
    if (!Number.isInteger(key)) return false
    if (key < min) min = key
    if (key > max) max = key
  }
  if ((max - min + 1) * count >= MAX_EXACT) return false
  const packed = new Float64Array(present.length)
  for (let j = 0; j < present.length; j++) {
    const position = present[j] as number
    const key = keys[position] as number
    packed[j] = (desc ? max - key : key - min) * count + position
  }
  packed.sort()
  for (let j = 0; j < packed.length; j++) present[j] = (packed[j] as number) % count
  return true
}

function sortMulti(sorts: readonly PreparedSort[], count: number): number[] {
  const compares = sorts.map(withMissing)
  const order = new Array<number>(count)
  for (let i = 0; i < count; i++) order[i] = i
  return order.sort((a, b) => {
    for (const compare of compares) {
      const result = compare(a, b)
      if (result !== 0) return result
    }
    return 0
  })
}

/**
 * Sorts rows by `sorting`. Each sort column's values are read once into a flat key array
 * and positions are sorted with a comparator specialised for the key kind; missing values
 * go last in both directions unless the column says `sortUndefined: 'first'`.
 */
export function sortRows<TData>(
  rows: readonly Row<TData>[],
  sorting: SortingState,
  columnsById: ReadonlyMap<string, Column<TData>>,
): Row<TData>[] {
  const sorts: PreparedSort[] = []
  for (const { id, desc } of sorting) {
    const column = columnsById.get(id)
    if (column !== undefined) sorts.push(prepare(rows, column, desc))
  }
  const order =
    sorts.length === 1
      ? sortSingle(sorts[0] as PreparedSort, rows.length)
      : sortMulti(sorts, rows.length)
  const sorted = new Array<Row<TData>>(order.length)
  for (let i = 0; i < order.length; i++) sorted[i] = rows[order[i] as number] as Row<TData>
  return sorted
}
