/**
 * A plain reference of the documented sort order (docs/table.md, "Sorting"), written from
 * the rules, not from the implementation: the property test checks the table against it.
 */

/** Built-in sorting function names plus `'auto'`. */
export type BuiltInName =
  | 'auto'
  | 'alphanumeric'
  | 'alphanumericCaseSensitive'
  | 'text'
  | 'textCaseSensitive'
  | 'datetime'
  | 'basic'

type Kind = 'missing' | 'number' | 'text'

function kindOf(value: unknown, name: BuiltInName): Kind {
  if (typeof value === 'number') return Number.isNaN(value) ? 'missing' : 'number'
  if (typeof value === 'boolean' || typeof value === 'bigint') return 'number'
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'missing' : 'number'
  if (typeof value === 'string') return name === 'datetime' ? 'missing' : 'text'
  return 'missing'
}

function numberOf(value: unknown): number {
  if (value instanceof Date) return value.getTime()
  return Number(value)
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57

/** Natural order: digit runs by value (leading zeros ignored), else code units; a run acts as a digit. */
export function naturalCompare(a: string, b: string): number {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i)
    const cb = b.charCodeAt(j)
    if (isDigit(ca) && isDigit(cb)) {
      let ie = i
      while (ie < a.length && isDigit(a.charCodeAt(ie))) ie++
      let je = j
      while (je < b.length && isDigit(b.charCodeAt(je))) je++
      const ra = a.slice(i, ie).replace(/^0+(?=\d)/, '')
      const rb = b.slice(j, je).replace(/^0+(?=\d)/, '')
      if (ra.length !== rb.length) return ra.length - rb.length
      if (ra !== rb) return ra < rb ? -1 : 1
      i = ie
      j = je
      continue
    }
    const ka = isDigit(ca) ? 48 : ca
    const kb = isDigit(cb) ? 48 : cb
    if (ka !== kb) return ka - kb
    i++
    j++
  }
  return a.length - i - (b.length - j)
}

const codeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function compareTexts(a: string, b: string, name: BuiltInName): number {
  switch (name) {
    case 'auto':
    case 'alphanumeric':
      return naturalCompare(a.toLowerCase(), b.toLowerCase())
    case 'alphanumericCaseSensitive':
      return naturalCompare(a, b)
    case 'text':
      return codeUnits(a.toLowerCase(), b.toLowerCase())
    default:
      return codeUnits(a, b)
  }
}

/** One sort column of the reference. */
export interface ReferenceSort {
  values: readonly unknown[]
  name: BuiltInName
  desc: boolean
  missingFirst: boolean
}

/** Ascending comparison of two present values: number-like by value, before all text. */
function comparePresent(a: unknown, b: unknown, name: BuiltInName): number {
  const ka = kindOf(a, name)
  const kb = kindOf(b, name)
  if (ka !== kb) return ka === 'number' ? -1 : 1
  if (ka === 'number') {
    const x = numberOf(a)
    const y = numberOf(b)
    return x < y ? -1 : x > y ? 1 : 0
  }
  return compareTexts(a as string, b as string, name)
}

/** Row positions in the documented order: column by column, missing at their end, ties by position. */
export function referenceOrder(sorts: readonly ReferenceSort[], count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i)
  return order.sort((i, j) => {
    for (const { values, name, desc, missingFirst } of sorts) {
      const missingI = kindOf(values[i], name) === 'missing'
      const missingJ = kindOf(values[j], name) === 'missing'
      if (missingI !== missingJ) return missingI === missingFirst ? -1 : 1
      if (missingI) continue
      const result = comparePresent(values[i], values[j], name)
      if (result !== 0) return desc ? -result : result
    }
    return i - j
  })
}
