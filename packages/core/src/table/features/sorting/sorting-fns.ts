import type { BuiltInSortingFn } from '../../types/column-def'
import { allNumeric, toNumberKeys, toStringKeys, type SortKeys } from './sort-keys'

/** The accepted `sortingFn` names, for validation and error messages. */
export const BUILT_IN_SORTING_FNS: readonly BuiltInSortingFn[] = [
  'alphanumeric',
  'alphanumericCaseSensitive',
  'text',
  'textCaseSensitive',
  'datetime',
  'basic',
]

/** Whether `name` is a built-in sorting function. */
export function isBuiltInSortingFn(name: string): name is BuiltInSortingFn {
  return (BUILT_IN_SORTING_FNS as readonly string[]).includes(name)
}

/**
 * Keys for a named sorting function. `'auto'`: numbers, booleans and Dates numerically
 * (Dates chronologically), anything else in case-insensitive natural order.
 */
export function buildSortKeys(fn: 'auto' | BuiltInSortingFn, values: readonly unknown[]): SortKeys {
  switch (fn) {
    case 'auto':
      return allNumeric(values) ? toNumberKeys(values) : toStringKeys(values, 'natural')
    case 'alphanumeric':
      return toStringKeys(values, 'natural')
    case 'alphanumericCaseSensitive':
      return toStringKeys(values, 'naturalCase')
    case 'text':
      return toStringKeys(values, 'text')
    case 'textCaseSensitive':
      return toStringKeys(values, 'textCase')
    case 'datetime':
      return toNumberKeys(values)
    case 'basic':
      return allNumeric(values) ? toNumberKeys(values) : toStringKeys(values, 'textCase')
  }
}
