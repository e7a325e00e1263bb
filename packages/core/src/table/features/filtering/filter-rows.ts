import type { Column } from '../../columns/Column'
import type { Row } from '../../rows/Row'
import type { ColumnFiltersState } from '../../types/state'
import {
  autoFilterFn,
  caseInsensitiveIncludes,
  isNumericCell,
  prepareBuiltInFilter,
} from './filter-fns'

/** Tests one row. */
type RowPredicate<TData> = (row: Row<TData>) => boolean

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
  if (typeof fn === 'function') return (row) => fn(row, id, filterValue)
  const name =
    fn === 'auto'
      ? autoFilterFn(filterValue, Array.isArray(filterValue) && isNumericColumn(rows, column))
      : fn
  const test = prepareBuiltInFilter(name, filterValue)
  const { accessor } = column
  return (row) => test(accessor(row.original, row.index))
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
  return (row) => {
    for (const accessor of accessors) {
      const value = accessor(row.original, row.index)
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
 * Filter values are prepared once per run, not per row.
 */
export function filterRows<TData>(
  rows: readonly Row<TData>[],
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
  // Array.prototype.filter: 2-15% faster than a loop that pushes (alternated micro-runs at 100k).
  if (predicates.length === 1) return rows.filter(predicates[0] as RowPredicate<TData>)
  return rows.filter((row) => predicates.every((predicate) => predicate(row)))
}
