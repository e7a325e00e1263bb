import { hasNonAscii, naturalKey } from './natural-key'

/**
 * A sort column's values extracted once per sort, in a form compared without calls:
 * numbers (NaN marks a missing value) or strings (`undefined` marks one). Strings with
 * non-ASCII chars switch the whole column to a collator so the order stays total.
 */
export type SortKeys =
  | { kind: 'number'; keys: Float64Array }
  | { kind: 'string'; keys: (string | undefined)[] }
  | { kind: 'collator'; keys: (string | undefined)[]; collator: Intl.Collator }

/** How a column's raw values are turned into keys. */
export type KeyStyle = 'natural' | 'naturalCase' | 'text' | 'textCase'

/** Number key of a value, NaN when it is not a number, boolean or valid Date. */
export function numberKey(value: unknown): number {
  if (typeof value === 'number') return value
  if (value instanceof Date) return value.getTime()
  if (typeof value === 'boolean') return value ? 1 : 0
  return NaN
}

/** Whether every present value is a number, boolean or Date. */
export function allNumeric(values: readonly unknown[]): boolean {
  for (const value of values) {
    if (value === null || value === undefined) continue
    if (typeof value !== 'number' && typeof value !== 'boolean' && !(value instanceof Date)) {
      return false
    }
  }
  return true
}

/** Number keys for every value; non-numeric values become missing (NaN). */
export function toNumberKeys(values: readonly unknown[]): SortKeys {
  const keys = new Float64Array(values.length)
  for (let i = 0; i < values.length; i++) keys[i] = numberKey(values[i])
  return { kind: 'number', keys }
}

function textOf(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'string') return value
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : String(value)
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString()
  return typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : undefined
}

function keyOf(text: string, style: KeyStyle): string {
  if (style === 'natural') return naturalKey(text, false)
  if (style === 'naturalCase') return naturalKey(text, true)
  return style === 'text' ? text.toLowerCase() : text
}

/** The distinct texts of a column and, per position, the index of its text (-1: missing). */
function distinctTexts(values: readonly unknown[]): { texts: string[]; ids: Int32Array } {
  const ids = new Int32Array(values.length)
  const texts: string[] = []
  const idOf = new Map<string, number>()
  for (let i = 0; i < values.length; i++) {
    const text = textOf(values[i])
    if (text === undefined) {
      ids[i] = -1
      continue
    }
    let id = idOf.get(text)
    if (id === undefined) {
      id = texts.length
      idOf.set(text, id)
      texts.push(text)
    }
    ids[i] = id
  }
  return { texts, ids }
}

/**
 * String keys in the given style. Each distinct text is keyed once. When texts repeat a lot
 * (status, names) the distinct texts are sorted once and rows get numeric ranks, so the row
 * sort compares numbers; equal keys share a rank, so ties keep data order.
 */
export function toStringKeys(values: readonly unknown[], style: KeyStyle): SortKeys {
  const { texts, ids } = distinctTexts(values)
  const compareText = textComparator(texts, style)
  if (texts.length * 2 > values.length) {
    const keys = Array.from(ids, (id) => (id < 0 ? undefined : compareText.keys[id]))
    return compareText.collator === undefined
      ? { kind: 'string', keys }
      : { kind: 'collator', keys, collator: compareText.collator }
  }
  const order = texts.map((_, id) => id)
  order.sort(compareText.compare)
  const rankOf = new Float64Array(texts.length)
  let rank = 0
  for (let j = 0; j < order.length; j++) {
    const id = order[j] as number
    if (j > 0 && compareText.compare(order[j - 1] as number, id) !== 0) rank++
    rankOf[id] = rank
  }
  const keys = new Float64Array(ids.length)
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number
    keys[i] = id < 0 ? NaN : (rankOf[id] as number)
  }
  return { kind: 'number', keys }
}

interface TextComparator {
  /** Per distinct text, the key rows compare by (the text itself under a collator). */
  keys: string[]
  /** Compares two distinct texts by id. */
  compare: (a: number, b: number) => number
  collator: Intl.Collator | undefined
}

/** Keys and a comparator for distinct texts; any non-ASCII text switches to a collator. */
function textComparator(texts: string[], style: KeyStyle): TextComparator {
  if (texts.some(hasNonAscii)) {
    const collator = new Intl.Collator(undefined, {
      numeric: style === 'natural' || style === 'naturalCase',
      sensitivity: style === 'naturalCase' || style === 'textCase' ? 'variant' : 'accent',
    })
    return {
      keys: texts,
      compare: (a, b) => collator.compare(texts[a] as string, texts[b] as string),
      collator,
    }
  }
  const keys = texts.map((text) => keyOf(text, style))
  return {
    keys,
    compare: (a, b) => {
      const x = keys[a] as string
      const y = keys[b] as string
      return x < y ? -1 : x > y ? 1 : 0
    },
    collator: undefined,
  }
}
