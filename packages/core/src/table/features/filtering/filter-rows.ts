import type { Column } from '../../columns/Column'
import type { Row } from '../../rows/Row'
import type { ColumnFiltersState } from '../../types/state'
import {
  autoFilterFn,
  caseInsensitiveIncludes,
  isNumericCell,
  prepareBuiltInFilter,
} from './filter-fns'

/** Tests one row, given its data item and index (`rows[index].original` is `original`). */
type RowPredicate<TData> = (original: TData, index: number) => boolean

/** Whether the column's first present value (in input order) is numeric; read only for array filters. */
function isNumericColumn<TData>(rows: readonly Row<TData>[], column: Column<TData>): boolean {
  const { accessor } = column
  for (const row of rows) {
    const value = accessor(row.original, row.index)
    if (value !== null && value !== undefined) return isNumericCell(value)
  }
  return false
}

function columnPredicate<TData>(
  rows: readonly Row<TData>[],
  column: Column<TData>,
  filterValue: unknown,
): RowPredicate<TData> {
  const fn = column.columnDef.filterFn ?? 'auto'
  const id = column.id
  if (typeof fn === 'function') return (_, index) => fn(rows[index] as Row<TData>, id, filterValue)
  const name =
    fn === 'auto'
      ? autoFilterFn(filterValue, Array.isArray(filterValue) && isNumericColumn(rows, column))
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
 * Keeps the rows passing every column filter and the global filter, in input order.
 * Filter values are prepared once per run, not per row. `originals[i]` must be
 * `rows[i].original` and `rows[i].index` must be `i` (the core model): values are read
 * through `originals`, so a rejected row's object is never touched (issue 13).
 */
export function filterRows<TData>(
  rows: readonly Row<TData>[],
  originals: readonly TData[],
  columnFilters: ColumnFiltersState,
  globalFilter: string,
  columns: readonly Column<TData>[],
  columnsById: ReadonlyMap<string, Column<TData>>,
): Row<TData>[] {
  const predicates: RowPredicate<TData>[] = []
  for (const { id, value } of columnFilters) {
    const column = columnsById.get(id)
    if (column !== undefined) predicates.push(columnPredicate(rows, column, value))
  }
  if (globalFilter !== '') predicates.push(globalPredicate(columns, globalFilter))
  // A loop over the data items, pushing the kept rows: 0.86-0.92x the time of
  // `rows.filter(row => ...)`, which reads every Row (alternated scratch runs at 100k).
  const kept: Row<TData>[] = []
  const only = predicates.length === 1 ? (predicates[0] as RowPredicate<TData>) : undefined
  rowLoop: for (let index = 0; index < rows.length; index++) {
    const original = originals[index] as TData
    if (only !== undefined) {
      if (!only(original, index)) continue
    } else {
      for (const predicate of predicates) if (!predicate(original, index)) continue rowLoop
    }
    kept.push(rows[index] as Row<TData>)
  }
  return kept
}
