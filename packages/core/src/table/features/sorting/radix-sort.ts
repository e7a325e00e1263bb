import { RADIX_BUCKETS, type SortScratch } from './sort-scratch'

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const LOW_WORD = LITTLE_ENDIAN ? 0 : 1
const HIGH_WORD = LITTLE_ENDIAN ? 1 : 0
const SIGN = 0x80000000
const TWO_POW_32 = 2 ** 32

/**
 * One stable counting pass over `from[off, off+len)` into `to`, by the 16-bit digit of
 * `digits[position] >>> shift` (or the whole digit when `buckets` says so). Returns false,
 * moving nothing, when every element has the same digit (the pass would be a copy).
 */
function countingPass(
  from: Int32Array,
  to: Int32Array,
  off: number,
  len: number,
  digits: Uint32Array,
  shift: number,
  buckets: number,
  counts: Uint32Array,
): boolean {
  const mask = buckets - 1
  counts.fill(0, 0, buckets + 1)
  const end = off + len
  for (let i = off; i < end; i++) {
    const slot = (((digits[from[i] as number] as number) >>> shift) & mask) + 1
    counts[slot] = (counts[slot] as number) + 1
  }
  const first = ((digits[from[off] as number] as number) >>> shift) & mask
  if (counts[first + 1] === len) return false
  counts[0] = off
  for (let d = 1; d <= buckets; d++) counts[d] = (counts[d] as number) + (counts[d - 1] as number)
  for (let i = off; i < end; i++) {
    const position = from[i] as number
    const digit = ((digits[position] as number) >>> shift) & mask
    const at = counts[digit] as number
    to[at] = position
    counts[digit] = at + 1
  }
  return true
}

/** Smallest power of two >= n (n >= 1). */
function bucketsFor(range: number): number {
  let buckets = 2
  while (buckets < range) buckets *= 2
  return buckets
}

/** Below this many keys an insertion sort beats clearing a counts table. */
const INSERTION_LIMIT = 24
/** Below this many keys, 8-bit digits (256 buckets) instead of 16-bit ones. */
const SMALL_DIGITS_LIMIT = 4096

/** Stable insertion sort of a short range by key (`desc` reverses; equal keys keep their order). */
function insertionSort(
  keys: Float64Array,
  buffer: Int32Array,
  off: number,
  len: number,
  desc: boolean,
): void {
  for (let i = off + 1; i < off + len; i++) {
    const position = buffer[i] as number
    const key = keys[position] as number
    let j = i - 1
    while (j >= off) {
      const other = keys[buffer[j] as number] as number
      if (desc ? other >= key : other <= key) break
      buffer[j + 1] = buffer[j] as number
      j--
    }
    buffer[j + 1] = position
  }
}

/**
 * Sorts `buffer[off, off+len)` (row positions whose keys are present) stably by
 * `keys[position]`, ascending or descending, without a comparator: a counting sort for
 * small integer ranges, LSD radix on 16-bit digits of the integer offset for larger ones,
 * and for any other double an LSD radix on its order-preserving 64-bit pattern. `spare`
 * is scratch of the same length as `buffer`.
 */
export function sortPresent(
  keys: Float64Array,
  buffer: Int32Array,
  spare: Int32Array,
  off: number,
  len: number,
  desc: boolean,
  scratch: SortScratch,
): void {
  if (len <= INSERTION_LIMIT) {
    insertionSort(keys, buffer, off, len, desc)
    return
  }
  let min = Infinity
  let max = -Infinity
  let integers = true
  const end = off + len
  for (let i = off; i < end; i++) {
    const key = keys[buffer[i] as number] as number
    if (key < min) min = key
    if (key > max) max = key
    if (integers && key - Math.floor(key) !== 0) integers = false
  }
  const { low, high } = scratch
  let from = buffer
  let to = spare
  const pass = (digits: Uint32Array, shift: number, buckets: number): void => {
    if (countingPass(from, to, off, len, digits, shift, buckets, scratch.countsFor(buckets))) {
      const swap = from
      from = to
      to = swap
    }
  }
  const digitBits = len < SMALL_DIGITS_LIMIT ? 8 : 16
  const buckets = 1 << digitBits
  /** LSD passes over one 32-bit word, least significant digit first. */
  const word = (digits: Uint32Array, bits: number): void => {
    for (let shift = 0; shift < bits; shift += digitBits) pass(digits, shift, buckets)
  }
  if (integers && max - min < TWO_POW_32) {
    for (let i = off; i < end; i++) {
      const position = buffer[i] as number
      const key = keys[position] as number
      low[position] = desc ? max - key : key - min
    }
    const range = max - min + 1
    // One counting pass when the range fits a counts table no bigger than the data needs.
    if (range <= Math.max(buckets, Math.min(RADIX_BUCKETS, 2 * len)))
      pass(low, 0, bucketsFor(range))
    else word(low, 32 - Math.clz32(range - 1))
  } else {
    const bits = new Uint32Array(keys.buffer, keys.byteOffset, keys.length * 2)
    for (let i = off; i < end; i++) {
      const position = buffer[i] as number
      let hi = bits[2 * position + HIGH_WORD] as number
      let lo = bits[2 * position + LOW_WORD] as number
      // Negative doubles: flip every bit; positive: flip the sign. Unsigned order is then numeric order.
      if ((hi & SIGN) !== 0) {
        hi = ~hi
        lo = ~lo
      } else {
        hi ^= SIGN
      }
      high[position] = desc ? ~hi >>> 0 : hi >>> 0
      low[position] = desc ? ~lo >>> 0 : lo >>> 0
    }
    word(low, 32)
    word(high, 32)
  }
  if (from !== buffer) buffer.set(from.subarray(off, end), off)
}
