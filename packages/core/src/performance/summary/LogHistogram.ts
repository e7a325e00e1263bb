import { bucketIndex, MAX_BUCKET_INDEX, MIN_BUCKET_INDEX, MIN_TRACKED_MS } from './logBuckets'
import type { HistogramData } from './types'

// Room added on each side when the bucket range grows, so a stream of new extremes does not
// reallocate on every sample.
const GROWTH_SLACK = 16

/**
 * A recording log-bucket histogram of durations (ms). `add` is O(1) and allocates only when the
 * bucket range grows; the range is bounded (at most MAX_BUCKETS buckets, about 9 KB).
 */
export class LogHistogram {
  private counts = new Float64Array(0)
  private offset = 0
  private count = 0
  private sum = 0
  private min = Infinity
  private max = -Infinity
  private zero = 0

  /** Records one duration; the caller passes a finite value >= 0. */
  add(durationMs: number): void {
    this.count++
    this.sum += durationMs
    if (durationMs < this.min) this.min = durationMs
    if (durationMs > this.max) this.max = durationMs
    if (durationMs < MIN_TRACKED_MS) {
      this.zero++
      return
    }
    const index = bucketIndex(durationMs)
    let slot = index - this.offset
    if (slot < 0 || slot >= this.counts.length) {
      this.grow(index)
      slot = index - this.offset
    }
    this.counts[slot] = (this.counts[slot] ?? 0) + 1
  }

  /** Samples recorded. */
  getCount(): number {
    return this.count
  }

  /** The histogram as JSON data, trimmed to the buckets in use. */
  toData(): HistogramData {
    let first = 0
    let last = this.counts.length - 1
    while (first <= last && this.counts[first] === 0) first++
    while (last >= first && this.counts[last] === 0) last--
    const empty = this.count === 0
    return {
      count: this.count,
      sum: this.sum,
      min: empty ? 0 : this.min,
      max: empty ? 0 : this.max,
      zero: this.zero,
      offset: first <= last ? this.offset + first : 0,
      counts: Array.from(this.counts.subarray(first, last + 1)),
    }
  }

  private grow(index: number): void {
    const used = this.counts.length > 0
    const low = Math.max(
      MIN_BUCKET_INDEX,
      Math.min(index, used ? this.offset : index) - (used ? GROWTH_SLACK : 0),
    )
    const high = Math.min(
      MAX_BUCKET_INDEX,
      Math.max(index, used ? this.offset + this.counts.length - 1 : index) +
        (used ? GROWTH_SLACK : 0),
    )
    const grown = new Float64Array(high - low + 1)
    if (used) grown.set(this.counts, this.offset - low)
    this.counts = grown
    this.offset = low
  }
}
