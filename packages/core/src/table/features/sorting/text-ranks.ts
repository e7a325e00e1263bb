import { sortPresent } from './radix-sort'
import type { SortScratch } from './sort-scratch'
import type { TextKeys } from './text-keys'

/** Chars packed into one exact double: 7 ASCII chars of 7 bits, or 3 chars of 17 bits. */
const ASCII_WIDTH = 7
const ASCII_RADIX = 128
const WIDE_WIDTH = 3
const WIDE_RADIX = 1 << 17
/** Runs of keys with the same packed prefix up to this length are finished by insertion. */
const INSERTION_RUN = 12

/** Deeper runs than this (keys equal in 8 windows past their shared prefixes) are compared. */
const MAX_DEPTH = 8

/** Keys compared with the run's first key to guess the prefix the run shares. */
const PREFIX_SAMPLES = 8

/** `<` order of keys `a` and `b` by code units: negative, 0 (equal keys) or positive. */
function compareKeys(keys: TextKeys, a: number, b: number): number {
  const { chars, starts } = keys
  let i = starts[a] as number
  let j = starts[b] as number
  const endA = starts[a + 1] as number
  const endB = starts[b + 1] as number
  while (i < endA && j < endB) {
    const difference = (chars[i] as number) - (chars[j] as number)
    if (difference !== 0) return difference
    i++
    j++
  }
  return endA - i - (endB - j)
}

/**
 * Length of the prefix the first key of `order[start, end)` shares with keys spread over the
 * run: as long as the prefix every key shares, or longer when a few keys break it.
 */
function sampledPrefixLength(
  keys: TextKeys,
  order: Int32Array,
  start: number,
  end: number,
): number {
  const { chars, starts } = keys
  const first = starts[order[start] as number] as number
  let common = (starts[(order[start] as number) + 1] as number) - first
  const step = Math.max(1, Math.floor((end - start) / PREFIX_SAMPLES))
  for (let k = start + step; k < end && common > 0; k += step) {
    const id = order[k] as number
    const at = starts[id] as number
    const length = Math.min(common, (starts[id + 1] as number) - at)
    let j = 0
    while (j < length && chars[at + j] === chars[first + j]) j++
    common = j
  }
  return common
}

/** Whether every char of the run's keys in `[from, from + ASCII_WIDTH)` is below 127. */
function windowIsAscii(
  keys: TextKeys,
  order: Int32Array,
  start: number,
  end: number,
  from: number,
): boolean {
  const { chars, starts } = keys
  for (let k = start; k < end; k++) {
    const id = order[k] as number
    const at = starts[id] as number
    const last = Math.min(starts[id + 1] as number, at + from + ASCII_WIDTH)
    for (let j = at + from; j < last; j++) if ((chars[j] as number) >= ASCII_RADIX - 1) return false
  }
  return true
}

/** Sorts `order[start, end)` by comparing the keys (`<` on UTF-16 code units); stable. */
function compareRun(order: Int32Array, start: number, end: number, keys: TextKeys): void {
  if (end - start <= INSERTION_RUN) {
    for (let i = start + 1; i < end; i++) {
      const id = order[i] as number
      let j = i - 1
      while (j >= start && compareKeys(keys, order[j] as number, id) > 0) {
        order[j + 1] = order[j] as number
        j--
      }
      order[j + 1] = id
    }
    return
  }
  const run = Array.from(order.subarray(start, end))
  run.sort((a, b) => compareKeys(keys, a, b))
  order.set(run, start)
}

/** Whether the keys of `order[start, end)` are all the same text. */
function allEqual(keys: TextKeys, order: Int32Array, start: number, end: number): boolean {
  const first = order[start] as number
  for (let k = start + 1; k < end; k++)
    if (compareKeys(keys, first, order[k] as number) !== 0) return false
  return true
}

interface RankArrays {
  packed: Float64Array
  order: Int32Array
  spare: Int32Array
}

/**
 * Sorts `order[start, end)` by key, stably: keys that break the prefix most keys share are
 * first sorted apart from them; otherwise the chars after the prefix the run's keys share
 * are packed into one exact double per key (each char as its code + 1, 0 past the end, so a
 * shorter key sorts first as with `<`), the doubles are radix sorted, and each run of equal
 * doubles is sorted the same way one window further (short or deep runs by comparison).
 */
function sortRange(
  keys: TextKeys,
  arrays: RankArrays,
  start: number,
  end: number,
  depth: number,
  scratch: SortScratch,
): void {
  const { packed, order, spare } = arrays
  if (end - start <= INSERTION_RUN || depth >= MAX_DEPTH) {
    compareRun(order, start, end, keys)
    return
  }
  if (allEqual(keys, order, start, end)) return
  const { chars, starts } = keys
  // Keys that break the sampled prefix (100k URLs and one '') go before (0) or after (2) the
  // keys sharing it (1): a key ending inside it, or whose first different char is lower,
  // sorts before them all. Sorting by group costs one counting pass, not a packed window.
  const from = sampledPrefixLength(keys, order, start, end)
  const first = starts[order[start] as number] as number
  let outliers = 0
  for (let k = start; k < end; k++) {
    const id = order[k] as number
    const at = starts[id] as number
    const length = (starts[id + 1] as number) - at
    const shared = Math.min(from, length)
    let j = 0
    while (j < shared && chars[at + j] === chars[first + j]) j++
    packed[id] =
      j === from
        ? 1
        : j === length || (chars[at + j] as number) < (chars[first + j] as number)
          ? 0
          : 2
    if (j < from) outliers++
  }
  if (outliers === 0) {
    const ascii = windowIsAscii(keys, order, start, end, from)
    const width = ascii ? ASCII_WIDTH : WIDE_WIDTH
    const radix = ascii ? ASCII_RADIX : WIDE_RADIX
    for (let k = start; k < end; k++) {
      const id = order[k] as number
      const at = (starts[id] as number) + from
      const stop = starts[id + 1] as number
      let value = 0
      for (let j = at; j < at + width; j++) {
        value = value * radix + (j < stop ? (chars[j] as number) + 1 : 0)
      }
      packed[id] = value
    }
  }
  sortPresent(packed, order, spare, start, end - start, false, scratch)
  let runStart = start
  for (let j = start + 1; j <= end; j++) {
    if (j < end && packed[order[j] as number] === packed[order[runStart] as number]) continue
    if (j - runStart > 1) sortRange(keys, arrays, runStart, j, depth + 1, scratch)
    runStart = j
  }
}

/**
 * Dense ranks (0, 1, ...) of the written `keys` in plain `<` order (UTF-16 code units);
 * equal keys share a rank. Without a comparator sort of all keys (issue 13): see
 * {@link sortRange}.
 */
export function textRanks(keys: TextKeys, scratch: SortScratch): Float64Array {
  const { count } = keys
  const ranks = new Float64Array(count)
  if (count === 0) return ranks
  // The radix passes use the per-row digit arrays (indexed here by key): already this large
  // inside a sort, since there are at most as many keys as rows.
  scratch.ensure(count)
  const arrays = scratch.textArrays(count)
  const { order } = arrays
  for (let k = 0; k < count; k++) order[k] = k
  sortRange(keys, arrays, 0, count, 0, scratch)
  let rank = 0
  ranks[order[0] as number] = 0
  for (let j = 1; j < count; j++) {
    const id = order[j] as number
    if (compareKeys(keys, order[j - 1] as number, id) !== 0) rank++
    ranks[id] = rank
  }
  return ranks
}
