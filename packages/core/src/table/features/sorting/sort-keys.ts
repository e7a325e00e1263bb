import type { CellAccessor } from '../../columns/accessor'
import type { IndexedRowModel } from '../../row-models/IndexedRowModel'
import type { SortScratch } from './sort-scratch'
import { textRanks } from './text-ranks'

/** How a column's text values are ordered. */
export type TextStyle = 'natural' | 'naturalCase' | 'text' | 'textCase'

/**
 * The number a value sorts by when it is number-like: numbers (NaN is missing, -0 is 0),
 * bigints, booleans (false 0, true 1) and valid Dates (epoch ms). NaN for anything else.
 */
export function numberKey(value: unknown): number {
  if (typeof value === 'number') return value + 0
  if (value instanceof Date) return value.getTime()
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'bigint') return Number(value)
  return NaN
}

/** Whether a custom `sortingFn` must not see `value`: null, undefined, NaN or an invalid Date. */
export function isMissingForCustomFn(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'number') return Number.isNaN(value)
  return value instanceof Date && Number.isNaN(value.getTime())
}

/** Compares two distinct texts of a column in one style; 0 means a tie. */
export type TextCompare = (a: string, b: string) => number

/**
 * The text order of a style. Without a locale: UTF-16 code units of the (lower-cased, for the
 * case-insensitive styles) text, digit runs by value in the natural styles; the same on every
 * runtime. With a locale: that locale's collator (issue 9: order never depends on the
 * runtime's default locale or on the other rows).
 */
export function textCompare(style: TextStyle, locale: string | undefined): TextCompare {
  if (locale !== undefined) {
    const collator = new Intl.Collator(locale, {
      numeric: style === 'natural' || style === 'naturalCase',
      sensitivity: style === 'natural' || style === 'text' ? 'accent' : 'variant',
    })
    return (a, b) => collator.compare(a, b)
  }
  return (a, b) => (a < b ? -1 : a > b ? 1 : 0)
}

/** Dense ranks (0, 1, ...) of `items` in `compare` order; equal items share a rank. */
function denseRanks<T>(items: readonly T[], compare: (a: T, b: T) => number): Float64Array {
  const order = Array.from(items.keys())
  order.sort((a, b) => compare(items[a] as T, items[b] as T))
  const ranks = new Float64Array(items.length)
  let rank = 0
  for (let j = 0; j < order.length; j++) {
    const id = order[j] as number
    if (j > 0 && compare(items[order[j - 1] as number] as T, items[id] as T) !== 0) rank++
    ranks[id] = rank
  }
  return ranks
}

/**
 * Code units per sorted row the key buffer may keep between sorts (2 bytes each): room for
 * codes and names (natural-order codes of 1M rows use 13); a larger buffer, from long texts,
 * is dropped after the sort rather than held for the table's life.
 */
const KEPT_UNITS_PER_ROW = 32

/** Texts read before deciding whether de-duplicating them pays (more than half distinct: no). */
const DEDUPE_SAMPLE = 2048

/** Sort options of one built-in column sort. */
export interface KeyOptions {
  /** How strings compare; `undefined` makes strings missing (the `datetime` sort). */
  style: TextStyle | undefined
  /** The table's `locale` option. */
  locale: string | undefined
}

/**
 * Reads one column's sort keys into the scratch `Float64Array` (by row position) straight
 * from the accessor: one number per row whose `<` order is the documented order of a
 * built-in sort (number-like values by value, then strings by `style`; NaN marks a missing
 * value). A column without strings keeps the values themselves; with strings, numbers and
 * texts become dense ranks, numbers first, so the key stays one exact number per row.
 */
export function readSortKeys<TData>(
  input: IndexedRowModel<TData>,
  accessor: CellAccessor,
  options: KeyOptions,
  scratch: SortScratch,
): Float64Array {
  const { count, indices } = input
  const { items } = input.source
  const { keys } = scratch
  const readsText = options.style !== undefined
  let textIds: Int32Array | undefined
  const { style, locale } = options
  // Without a locale each distinct text's key is written into the scratch buffer as it is
  // met; with one, the texts themselves go to the collator.
  const written = locale === undefined ? scratch.textKeys : undefined
  written?.reset()
  const natural = style === 'natural' || style === 'naturalCase'
  const fold = style === 'natural' || style === 'text'
  const texts: string[] = []
  let textCount = 0
  // Equal texts share an id while that pays: once most of the first texts are distinct, a
  // Map lookup per row costs more than it saves, and equal keys get equal ranks anyway.
  let idOf: Map<string, number> | undefined = new Map<string, number>()
  let textsRead = 0
  for (let i = 0; i < count; i++) {
    const index = indices === undefined ? i : (indices[i] as number)
    const value = accessor(items[index], index)
    if (typeof value === 'number') {
      keys[i] = value + 0
    } else if (typeof value === 'string' && readsText) {
      if (textIds === undefined) {
        textIds = scratch.textIds
        textIds.fill(-1, 0, count)
      }
      let id = idOf?.get(value)
      if (id === undefined) {
        id = textCount++
        if (written === undefined) texts.push(value)
        else written.add(value, natural, fold)
        idOf?.set(value, id)
      }
      if (++textsRead === DEDUPE_SAMPLE && textCount * 2 > DEDUPE_SAMPLE) idOf = undefined
      textIds[i] = id
      keys[i] = NaN
    } else {
      keys[i] = numberKey(value)
    }
  }
  if (textIds === undefined || style === undefined) return keys
  // Without a locale the keys' `<` order is the documented order: ranked without a comparator.
  const rankOfText =
    written === undefined
      ? denseRanks(texts, textCompare(style, locale))
      : textRanks(written, scratch)
  written?.trim(KEPT_UNITS_PER_ROW * count)
  const numberRankOf = numberRanks(keys, textIds, count)
  const offset = numberRankOf.size
  for (let i = 0; i < count; i++) {
    const id = textIds[i] as number
    if (id >= 0) keys[i] = offset + (rankOfText[id] as number)
    else if (!Number.isNaN(keys[i])) keys[i] = numberRankOf.get(keys[i] as number) as number
  }
  return keys
}

/** Dense ranks of the distinct number keys (positions without text); Map keys treat -0 as 0. */
function numberRanks(keys: Float64Array, textIds: Int32Array, count: number): Map<number, number> {
  const distinct = new Set<number>()
  for (let i = 0; i < count; i++) {
    const key = keys[i] as number
    if (textIds[i] === -1 && !Number.isNaN(key)) distinct.add(key)
  }
  const sorted = Float64Array.from(distinct).sort()
  const rankOf = new Map<number, number>()
  for (let j = 0; j < sorted.length; j++) rankOf.set(sorted[j] as number, j)
  return rankOf
}
