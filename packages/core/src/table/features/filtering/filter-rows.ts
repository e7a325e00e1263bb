import type { Column } from '../../columns/Column'
import type { CoreRows } from '../../rows/CoreRows'
import type { ColumnFiltersState } from '../../types/state'
import {
  autoFilterFn,
  caseInsensitiveIncludes,
  isNumericCell,
  prepareBuiltInFilter,
} from './filter-fns'

/** Tests one row, given its data item and data index. */
type RowPredicate<TData> = (original: TData, index: number) => boolean

/** Whether the column's first present value (in input order) is numeric; read only for array filters. */
function isNumericColumn<TData>(source: CoreRows<TData>, column: Column<TData>): boolean {
  const { accessor } = column
  const { items, count } = source
  for (let index = 0; index < count; index++) {
    const value = accessor(items[index], index)
    if (value !== null && value !== undefined) return isNumericCell(value)
  }
  return false
}

function columnPredicate<TData>(
  source: CoreRows<TData>,
  column: Column<TData>,
  filterValue: unknown,
): RowPredicate<TData> {
  const fn = column.columnDef.filterFn ?? 'auto'
  const id = column.id
  if (typeof fn === 'function') return (_, index) => fn(source.rowAt(index), id, filterValue)
  const name =
    fn === 'auto'
      ? autoFilterFn(filterValue, Array.isArray(filterValue) && isNumericColumn(source, column))
      : fn
  const test = prepareBuiltInFilter(name, filterValue)
  const { accessor } = column
  return (original, index) => test(accessor(original, index))
}

const NUMERIC_TEXT = /^[\d.eE+-]+$/

/**
 * The global filter: a case-insensitive substring of any globally filterable column's
 * string or number value. Numbers are stringified only when the query could match one.
 */
function globalPredicate<TData>(
  columns: readonly Column<TData>[],
  query: string,
): RowPredicate<TData> {
  const accessors = columns.filter((column) => column.getCanGlobalFilter()).map((c) => c.accessor)
  const test = caseInsensitiveIncludes(query)
  const matchNumbers = NUMERIC_TEXT.test(query)
  return (original, index) => {
    for (const accessor of accessors) {
      const value = accessor(original, index)
      if (typeof value === 'string') {
        if (test(value)) return true
      } else if (matchNumbers && typeof value === 'number' && test(String(value))) {
        return true
      }
    }
    return false
  }
}

/**
 * The data indices of the rows passing every column filter and the global filter, in data
 * order. Filter values are prepared once per run, not per row; values are read from the
 * data items, so no Row is made (a custom `filterFn` gets the row it asks about).
 */
export function filterRows<TData>(
  source: CoreRows<TData>,
  columnFilters: ColumnFiltersState,
  globalFilter: string,
  columns: readonly Column<TData>[],
  columnsById: ReadonlyMap<string, Column<TData>>,
): Int32Array {
  const predicates: RowPredicate<TData>[] = []
  for (const { id, value } of columnFilters) {
    const column = columnsById.get(id)
    if (column !== undefined) predicates.push(columnPredicate(source, column, value))
  }
  if (globalFilter !== '') predicates.push(globalPredicate(columns, globalFilter))
  const { items, count } = source
  // Kept indices go into an array as long as the data, then one exact copy: a `push` per
  // kept row into a growing array cost more (issue 13).
  const kept = new Int32Array(count)
  let keptCount = 0
  const only = predicates.length === 1 ? (predicates[0] as RowPredicate<TData>) : undefined
  rowLoop: for (let index = 0; index < count; index++) {
    const original = items[index] as TData
    if (only !== undefined) {
      if (!only(original, index)) continue
    } else {
      for (const predicate of predicates) if (!predicate(original, index)) continue rowLoop
    }
    kept[keptCount++] = index
  }
  return keptCount === count ? kept : kept.slice(0, keptCount)
}
