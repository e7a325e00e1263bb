import type { BuiltInFilterFn } from '../../types/column-def'

/** Tests one cell value against a filter value prepared once per filter run. */
export type ValuePredicate = (value: unknown) => boolean

/** The accepted `filterFn` names, for validation and error messages. */
export const BUILT_IN_FILTER_FNS: readonly BuiltInFilterFn[] = [
  'includesString',
  'includesStringSensitive',
  'equalsString',
  'equals',
  'arrIncludes',
  'inNumberRange',
]

/** Whether `name` is a built-in filter function. */
export function isBuiltInFilterFn(name: string): name is BuiltInFilterFn {
  return (BUILT_IN_FILTER_FNS as readonly string[]).includes(name)
}

const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\]/g

/**
 * A case-insensitive substring test. A query without letters needs no case folding, so it
 * is a plain `includes`; otherwise an `i` regex tests the cell without allocating a
 * lowercased copy per row.
 */
export function caseInsensitiveIncludes(query: string): (text: string) => boolean {
  if (query.toLowerCase() === query.toUpperCase()) return (text) => text.includes(query)
  const pattern = new RegExp(query.replace(REGEXP_SPECIAL, '\\$&'), 'i')
  return (text) => pattern.test(text)
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

function toNumberOrUndefined(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined
  const number = typeof value === 'number' ? value : Number(value)
  return Number.isNaN(number) ? undefined : number
}

function prepareInNumberRange(filterValue: unknown): ValuePredicate {
  const [first, second] = Array.isArray(filterValue)
    ? (filterValue as unknown[])
    : [filterValue, filterValue]
  let min = toNumberOrUndefined(first) ?? -Infinity
  let max = toNumberOrUndefined(second) ?? Infinity
  if (min > max) [min, max] = [max, min]
  return (value) => {
    const number = value instanceof Date ? value.getTime() : value
    return typeof number === 'number' && number >= min && number <= max
  }
}

/** Prepares a built-in filter for `filterValue`; the returned predicate allocates nothing per row. */
export function prepareBuiltInFilter(name: BuiltInFilterFn, filterValue: unknown): ValuePredicate {
  switch (name) {
    case 'includesString': {
      const test = caseInsensitiveIncludes(String(filterValue))
      return (value) => {
        const text = textOf(value)
        return text !== undefined && test(text)
      }
    }
    case 'includesStringSensitive': {
      const query = String(filterValue)
      return (value) => textOf(value)?.includes(query) === true
    }
    case 'equalsString': {
      const query = String(filterValue)
      const lower = query.toLowerCase()
      // Comparing lengths first skips the lowercase copy for most non-matching rows.
      return (value) => {
        const text = textOf(value)
        if (text?.length !== query.length) return false
        return text === query || text.toLowerCase() === lower
      }
    }
    case 'equals': {
      if (filterValue instanceof Date) {
        const time = filterValue.getTime()
        return (value) => value instanceof Date && value.getTime() === time
      }
      return (value) => value === filterValue
    }
    case 'arrIncludes':
      return (value) => Array.isArray(value) && value.includes(filterValue)
    case 'inNumberRange':
      return prepareInNumberRange(filterValue)
  }
}

/** The filter `'auto'` picks from the filter value: strings substring, arrays range, else equality. */
export function autoFilterFn(filterValue: unknown): BuiltInFilterFn {
  if (typeof filterValue === 'string') return 'includesString'
  if (Array.isArray(filterValue)) return 'inNumberRange'
  return 'equals'
}
