import type { BuiltInSortingFn } from '../../types/column-def'
import type { TextStyle } from './sort-keys'

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
 * How a named sort orders strings: every built-in orders number-like values by value
 * first; `datetime` treats strings as missing (`undefined` here).
 */
export function textStyleOf(fn: 'auto' | BuiltInSortingFn): TextStyle | undefined {
  switch (fn) {
    case 'auto':
    case 'alphanumeric':
      return 'natural'
    case 'alphanumericCaseSensitive':
      return 'naturalCase'
    case 'text':
      return 'text'
    case 'textCaseSensitive':
    case 'basic':
      return 'textCase'
    case 'datetime':
      return undefined
  }
}
