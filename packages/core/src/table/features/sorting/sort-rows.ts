import type { Column } from '../../columns/Column'
import type { IndexedRowModel } from '../../row-models/IndexedRowModel'
import type { Row } from '../../rows/Row'
import type { SortingFn } from '../../types/column-def'
import type { SortingState } from '../../types/state'
import { sortPresent } from './radix-sort'
import { isMissingForCustomFn, readSortKeys } from './sort-keys'
import type { SortScratch } from './sort-scratch'
import { textStyleOf } from './sorting-fns'

/** One stable pass of the sort: positions in `input` reordered by one column into `output`. */
interface ColumnPass {
  input: Int32Array
  output: Int32Array
  count: number
  desc: boolean
  missingFirst: boolean
}

/**
 * Splits `input` into present and missing positions (each in input order) in `output`:
 * missing ones at the end, or at the start with `missingFirst`. Returns the present range.
 * Two cursors over a preallocated array: no push into an empty array (issue 13).
 */
function splitMissing(keys: Float64Array, pass: ColumnPass): { off: number; len: number } {
  const { input, output, count, missingFirst } = pass
  let missing = 0
  for (let i = 0; i < count; i++) {
    const key = keys[input[i] as number] as number
    if (key !== key) missing++
  }
  const present = count - missing
  let presentAt = missingFirst ? missing : 0
  let missingAt = missingFirst ? 0 : present
  for (let i = 0; i < count; i++) {
    const position = input[i] as number
    const key = keys[position] as number
    if (key !== key) output[missingAt++] = position
    else output[presentAt++] = position
  }
  return { off: missingFirst ? missing : 0, len: present }
}

/** Marks a custom column's missing positions (null, undefined, NaN, invalid Date) as NaN keys. */
function customKeys<TData>(
  input: IndexedRowModel<TData>,
  column: Column<TData>,
  keys: Float64Array,
): Float64Array {
  const { accessor } = column
  const { items } = input.source
  for (let i = 0; i < input.count; i++) {
    const index = input.indexAt(i)
    keys[i] = isMissingForCustomFn(accessor(items[index], index)) ? NaN : 0
  }
  return keys
}

/**
 * Sorts a custom column's present range with its comparator (stable: `Array.prototype.sort`).
 * Its own function, so only this closure holds `input` (a shared context kept rows reachable).
 * The comparator gets rows, so the present rows are made.
 */
function sortCustom<TData>(
  input: IndexedRowModel<TData>,
  fn: SortingFn<TData>,
  id: string,
  buffer: Int32Array,
  off: number,
  len: number,
  desc: boolean,
): void {
  const present = Array.from(buffer.subarray(off, off + len))
  const { source } = input
  const rowOf = (position: number): Row<TData> => source.rowAt(input.indexAt(position))
  present.sort((a, b) => (desc ? fn(rowOf(b), rowOf(a), id) : fn(rowOf(a), rowOf(b), id)))
  buffer.set(present, off)
}

/**
 * The data indices of `input`'s rows sorted by `sorting` (first entry most significant): one stable pass per column, least
 * significant first (LSD over columns), so each pass is a single-key counting or radix sort
 * and ties keep the order the less significant columns gave, down to data order. Keys are
 * read once per column into reused typed arrays; the only fresh array is the output.
 */
export function sortRows<TData>(
  input: IndexedRowModel<TData>,
  sorting: SortingState,
  columnsById: ReadonlyMap<string, Column<TData>>,
  locale: string | undefined,
  scratch: SortScratch,
): Int32Array {
  const count = input.count
  scratch.ensure(count)
  let current = scratch.positionsA
  let other = scratch.positionsB
  for (let i = 0; i < count; i++) current[i] = i
  for (let s = sorting.length - 1; s >= 0; s--) {
    const sort = sorting[s] as SortingState[number]
    const column = columnsById.get(sort.id)
    if (column === undefined) continue
    const { columnDef } = column
    const fn = columnDef.sortingFn ?? 'auto'
    const keys =
      typeof fn === 'function'
        ? customKeys(input, column, scratch.keys)
        : readSortKeys(input, column.accessor, { style: textStyleOf(fn), locale }, scratch)
    const pass: ColumnPass = {
      input: current,
      output: other,
      count,
      desc: sort.desc,
      missingFirst: columnDef.sortUndefined === 'first',
    }
    const { off, len } = splitMissing(keys, pass)
    // The input order is in `other` now: `current` is free to serve as the radix spare.
    if (typeof fn === 'function') sortCustom(input, fn, column.id, other, off, len, sort.desc)
    else sortPresent(keys, other, current, off, len, sort.desc, scratch)
    const swap = current
    current = other
    other = swap
  }
  const sorted = new Int32Array(count)
  const { indices } = input
  if (indices === undefined) sorted.set(current.subarray(0, count))
  else for (let i = 0; i < count; i++) sorted[i] = indices[current[i] as number] as number
  return sorted
}
