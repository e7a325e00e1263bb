import { GridKitError, describeValue } from '../../errors/GridKitError'
import { BUILT_IN_FILTER_FNS, isBuiltInFilterFn } from '../features/filtering/filter-fns'
import { BUILT_IN_SORTING_FNS, isBuiltInSortingFn } from '../features/sorting/sorting-fns'
import type { ColumnDef } from '../types/column-def'
import { createKeyAccessor, type CellAccessor } from './accessor'
import { Column, type ColumnHost } from './Column'

function invalid(index: number, message: string, code: 'INVALID_COLUMN' = 'INVALID_COLUMN'): never {
  throw new GridKitError(code, `Option "columns[${index}]": ${message}`, {
    option: 'columns',
    index,
  })
}

function checkFns(def: object, index: number): void {
  const { sortingFn, filterFn, sortUndefined } = def as {
    sortingFn?: unknown
    filterFn?: unknown
    sortUndefined?: unknown
  }
  if (
    sortingFn !== undefined &&
    typeof sortingFn !== 'function' &&
    (typeof sortingFn !== 'string' || (sortingFn !== 'auto' && !isBuiltInSortingFn(sortingFn)))
  ) {
    throw new GridKitError(
      'UNKNOWN_SORTING_FN',
      `Option "columns[${index}].sortingFn" is ${describeValue(sortingFn)}; accepted: a function, 'auto', ${BUILT_IN_SORTING_FNS.map((n) => `'${n}'`).join(', ')}.`,
      { option: 'sortingFn', index },
    )
  }
  if (
    filterFn !== undefined &&
    typeof filterFn !== 'function' &&
    (typeof filterFn !== 'string' || (filterFn !== 'auto' && !isBuiltInFilterFn(filterFn)))
  ) {
    throw new GridKitError(
      'UNKNOWN_FILTER_FN',
      `Option "columns[${index}].filterFn" is ${describeValue(filterFn)}; accepted: a function, 'auto', ${BUILT_IN_FILTER_FNS.map((n) => `'${n}'`).join(', ')}.`,
      { option: 'filterFn', index },
    )
  }
  if (sortUndefined !== undefined && sortUndefined !== 'first' && sortUndefined !== 'last') {
    invalid(
      index,
      `"sortUndefined" must be 'first' or 'last'; got ${describeValue(sortUndefined)}.`,
    )
  }
}

function idAndAccessor(def: object, index: number): [string, CellAccessor] {
  const { id, accessorKey, accessorFn } = def as {
    id?: unknown
    accessorKey?: unknown
    accessorFn?: unknown
  }
  if (id !== undefined && (typeof id !== 'string' || id === '')) {
    invalid(index, `"id" must be a non-empty string; got ${describeValue(id)}.`)
  }
  if (typeof accessorFn === 'function') {
    if (accessorKey !== undefined) invalid(index, 'give "accessorKey" or "accessorFn", not both.')
    if (id === undefined) invalid(index, '"accessorFn" needs an "id" (a non-empty string).')
    return [id, accessorFn as CellAccessor]
  }
  if (accessorFn !== undefined) {
    invalid(index, `"accessorFn" must be a function; got ${describeValue(accessorFn)}.`)
  }
  if (typeof accessorKey !== 'string' || accessorKey === '') {
    invalid(
      index,
      `needs "accessorKey" (a non-empty property path) or "accessorFn" with "id"; got accessorKey ${describeValue(accessorKey)}.`,
    )
  }
  return [id ?? accessorKey, createKeyAccessor(accessorKey)]
}

/** Validates column definitions and builds the columns; throws `GridKitError` on bad input. */
export function createColumns<TData>(defs: unknown, host: ColumnHost): Column<TData>[] {
  if (!Array.isArray(defs) || defs.length === 0) {
    throw new GridKitError(
      'INVALID_OPTION',
      `Option "columns" must be a non-empty array of column definitions; got ${Array.isArray(defs) ? 'an empty array' : describeValue(defs)}.`,
      { option: 'columns' },
    )
  }
  const columns: Column<TData>[] = []
  const ids = new Set<string>()
  ;(defs as unknown[]).forEach((raw, index) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      invalid(index, `must be a column definition object; got ${describeValue(raw)}.`)
    }
    const [id, accessor] = idAndAccessor(raw, index)
    checkFns(raw, index)
    if (ids.has(id)) {
      throw new GridKitError(
        'DUPLICATE_COLUMN_ID',
        `Option "columns" has two columns with id "${id}"; column ids must be unique (set "id" to tell them apart).`,
        { option: 'columns', columnId: id, index },
      )
    }
    ids.add(id)
    columns.push(new Column<TData>(id, raw as ColumnDef<TData>, accessor, host))
  })
  return columns
}
