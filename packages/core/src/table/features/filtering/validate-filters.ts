import { GridKitError, describeValue } from '../../../errors/GridKitError'
import type { Column } from '../../columns/Column'
import type { ColumnFiltersState } from '../../types/state'

/** Throws unless `filters` is an array of `{ id, value }` on known, filterable, distinct columns. */
export function validateColumnFilters<TData>(
  filters: unknown,
  columnsById: ReadonlyMap<string, Column<TData>>,
): asserts filters is ColumnFiltersState {
  if (!Array.isArray(filters)) {
    throw new GridKitError(
      'INVALID_STATE',
      `State "columnFilters" must be an array of { id, value }; got ${describeValue(filters)}.`,
      { option: 'columnFilters' },
    )
  }
  const seen = new Set<string>()
  for (const filter of filters as unknown[]) {
    const id = (filter as { id?: unknown } | null)?.id
    if (typeof id !== 'string') {
      throw new GridKitError(
        'INVALID_STATE',
        `State "columnFilters" entries must be { id: string, value }; got an id of ${describeValue(id)}.`,
        { option: 'columnFilters' },
      )
    }
    const column = columnsById.get(id)
    if (column === undefined) {
      throw new GridKitError(
        'UNKNOWN_COLUMN',
        `State "columnFilters" names unknown column ${describeValue(id)}; known columns: ${[...columnsById.keys()].join(', ')}.`,
        { option: 'columnFilters', columnId: id },
      )
    }
    if (!column.getCanFilter()) {
      throw new GridKitError(
        'INVALID_STATE',
        `State "columnFilters" filters column "${id}", which has enableFiltering: false.`,
        { option: 'columnFilters', columnId: id },
      )
    }
    if (seen.has(id)) {
      throw new GridKitError(
        'INVALID_STATE',
        `State "columnFilters" has two filters on column "${id}"; use one filter per column.`,
        { option: 'columnFilters', columnId: id },
      )
    }
    seen.add(id)
  }
}

/** Throws unless the global filter is a string. */
export function validateGlobalFilter(value: unknown): asserts value is string {
  if (typeof value !== 'string') {
    throw new GridKitError(
      'INVALID_STATE',
      `State "globalFilter" must be a string ('' for none); got ${describeValue(value)}.`,
      { option: 'globalFilter' },
    )
  }
}
