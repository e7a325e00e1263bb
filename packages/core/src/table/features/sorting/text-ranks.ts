import { sortPresent } from './radix-sort'
import type { SortScratch } from './sort-scratch'

/** Chars packed into one exact double: 7 ASCII chars of 7 bits, or 3 chars of 17 bits. */
const ASCII_WIDTH = 7
const ASCII_RADIX = 128
const WIDE_WIDTH = 3
const WIDE_RADIX = 1 << 17
/** Runs of keys with the same packed prefix up to this length are finished by insertion. */
const INSERTION_RUN = 12

/** Length of the prefix every key shares. */
function commonPrefixLength(keys: readonly string[]): number {
  const first = keys[0] as string
  let common = first.length
  for (let k = 1; k < keys.length && common > 0; k++) {
    const key = keys[k] as string
    let j = 0
    while (j < common && key.charCodeAt(j) === first.charCodeAt(j)) j++
    common = j
  }
  return common
}

/** Whether every char of every key in `[from, from + ASCII_WIDTH)` is below 127. */
function windowIsAscii(keys: readonly string[], from: number): boolean {
  for (const key of keys) {
    const end = Math.min(key.length, from + ASCII_WIDTH)
    for (let j = from; j < end; j++) if (key.charCodeAt(j) >= ASCII_RADIX - 1) return false
  }
  return true
}

/** Sorts `order[start, end)` by the full keys (`<` on UTF-16 code units); stable. */
function finishRun(order: Int32Array, start: number, end: number, keys: readonly string[]): void {
  if (end - start <= INSERTION_RUN) {
    for (let i = start + 1; i < end; i++) {
      const id = order[i] as number
      const key = keys[id] as string
      let j = i - 1
      while (j >= start && (keys[order[j] as number] as string) > key) {
        order[j + 1] = order[j] as number
        j--
      }
      order[j + 1] = id
    }
    return
  }
  const run = Array.from(order.subarray(start, end))
  run.sort((a, b) => {
    const x = keys[a] as string
    const y = keys[b] as string
    return x < y ? -1 : x > y ? 1 : 0
  })
  order.set(run, start)
}

/**
 * Dense ranks (0, 1, ...) of `keys` in plain `<` order (UTF-16 code units); equal keys share
 * a rank. Without a comparator sort of all keys (issue 13): the chars after the prefix every
 * key shares are packed into one exact double per key (each char as its code + 1, 0 past
 * the end, so a shorter key sorts first as with `<`), the doubles are radix sorted, and only
 * runs of keys whose packed chars are equal are finished by comparing the strings.
 */
export function textRanks(keys: readonly string[], scratch: SortScratch): Float64Array {
  const count = keys.length
  const ranks = new Float64Array(count)
  if (count === 0) return ranks
  // The radix passes use the per-row digit arrays (indexed here by key): already this large
  // inside a sort, since there are at most as many keys as rows.
  scratch.ensure(count)
  const from = commonPrefixLength(keys)
  const ascii = windowIsAscii(keys, from)
  const width = ascii ? ASCII_WIDTH : WIDE_WIDTH
  const radix = ascii ? ASCII_RADIX : WIDE_RADIX
  const { packed, order, spare } = scratch.textArrays(count)
  for (let k = 0; k < count; k++) {
    const key = keys[k] as string
    let value = 0
    for (let j = from; j < from + width; j++) {
      value = value * radix + (j < key.length ? key.charCodeAt(j) + 1 : 0)
    }
    packed[k] = value
    order[k] = k
  }
  sortPresent(packed, order, spare, 0, count, false, scratch)
  let runStart = 0
  for (let j = 1; j <= count; j++) {
    if (j < count && packed[order[j] as number] === packed[order[runStart] as number]) continue
    if (j - runStart > 1) finishRun(order, runStart, j, keys)
    runStart = j
  }
  let rank = 0
  ranks[order[0] as number] = 0
  for (let j = 1; j < count; j++) {
    const previous = order[j - 1] as number
    const id = order[j] as number
    if (packed[previous] !== packed[id] || keys[previous] !== keys[id]) rank++
    ranks[id] = rank
  }
  return ranks
}
