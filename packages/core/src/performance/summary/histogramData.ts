import { bucketValue } from './logBuckets'
import type { HistogramData } from './types'

/** An empty histogram. */
export function emptyHistogram(): HistogramData {
  return { count: 0, sum: 0, min: 0, max: 0, zero: 0, offset: 0, counts: [] }
}

/** A new histogram holding the samples of both; exact, because all share one bucket scheme. */
export function mergeHistogramData(a: HistogramData, b: HistogramData): HistogramData {
  if (a.count === 0) return copyHistogram(b)
  if (b.count === 0) return copyHistogram(a)
  const aUsed = a.counts.length > 0
  const bUsed = b.counts.length > 0
  let counts: number[] = []
  let offset = 0
  if (aUsed || bUsed) {
    const low = Math.min(aUsed ? a.offset : Infinity, bUsed ? b.offset : Infinity)
    const high = Math.max(
      aUsed ? a.offset + a.counts.length : -Infinity,
      bUsed ? b.offset + b.counts.length : -Infinity,
    )
    counts = new Array<number>(high - low).fill(0)
    addInto(counts, a.offset - low, a.counts)
    addInto(counts, b.offset - low, b.counts)
    offset = low
  }
  return {
    count: a.count + b.count,
    sum: a.sum + b.sum,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    zero: a.zero + b.zero,
    offset,
    counts,
  }
}

/**
 * Adds the samples of `source` into `target` (which the caller owns), reusing its bucket array
 * when the range allows: merging many summaries into one then costs O(buckets of each input).
 */
export function addHistogramInto(target: HistogramData, source: HistogramData): void {
  if (source.count === 0) return
  if (target.count === 0) {
    Object.assign(target, copyHistogram(source))
    return
  }
  if (source.counts.length > 0) {
    const targetEnd = target.offset + target.counts.length
    const sourceEnd = source.offset + source.counts.length
    if (target.counts.length === 0 || source.offset < target.offset || sourceEnd > targetEnd) {
      const merged = mergeHistogramData(target, source)
      target.counts = merged.counts
      target.offset = merged.offset
      target.count += source.count
      target.sum += source.sum
      target.min = Math.min(target.min, source.min)
      target.max = Math.max(target.max, source.max)
      target.zero += source.zero
      return
    }
    addInto(target.counts, source.offset - target.offset, source.counts)
  }
  target.count += source.count
  target.sum += source.sum
  target.min = Math.min(target.min, source.min)
  target.max = Math.max(target.max, source.max)
  target.zero += source.zero
}

/**
 * The duration (ms) at rank floor(q × (count - 1)) of the sorted samples, within the relative
 * accuracy; NaN for an empty histogram. `q` is in 0..1 (checked by the caller).
 */
export function histogramPercentile(data: HistogramData, q: number): number {
  if (data.count === 0) return NaN
  const rank = Math.floor(q * (data.count - 1))
  // The extremes are kept exactly: no need to estimate them.
  if (rank === 0) return data.min
  if (rank === data.count - 1) return data.max
  let seen = data.zero
  if (seen > rank) return data.min
  for (let k = 0; k < data.counts.length; k++) {
    seen += data.counts[k] ?? 0
    if (seen > rank) return clamp(bucketValue(data.offset + k), data.min, data.max)
  }
  return data.max
}

function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value
}

function copyHistogram(data: HistogramData): HistogramData {
  return { ...data, counts: data.counts.slice() }
}

function addInto(target: number[], start: number, source: readonly number[]): void {
  for (let k = 0; k < source.length; k++) {
    target[start + k] = (target[start + k] ?? 0) + (source[k] ?? 0)
  }
}
