const INITIAL_CAPACITY = 16

/**
 * The most recent samples of one operation, in a ring of `Float64Array`.
 *
 * Storage starts small and doubles up to the window size, so an operation seen a few
 * times costs a few hundred bytes and a full default window (1024) costs 8 KB. Samples
 * are kept unordered: percentiles only need the multiset, so reads copy, never rotate.
 */
export class SampleWindow {
  /** The most samples kept; older ones are overwritten. */
  readonly capacity: number
  private buffer: Float64Array
  private filled = 0
  private next = 0

  constructor(capacity: number) {
    this.capacity = capacity
    this.buffer = new Float64Array(Math.min(capacity, INITIAL_CAPACITY))
  }

  /** Samples currently held (at most `capacity`). */
  get size(): number {
    return this.filled
  }

  /** Bytes of sample storage currently allocated. */
  get allocatedBytes(): number {
    return this.buffer.byteLength
  }

  /** Adds a sample, overwriting the oldest once the window is full. */
  push(value: number): void {
    if (this.filled < this.capacity) {
      if (this.filled === this.buffer.length) this.grow()
      this.buffer[this.filled++] = value
      return
    }
    this.buffer[this.next] = value
    this.next = this.next + 1 === this.capacity ? 0 : this.next + 1
  }

  /** Copies the held samples (in no particular order) into `target`; returns how many. */
  copyTo(target: Float64Array): number {
    const n = this.filled
    if (n === this.buffer.length) target.set(this.buffer)
    else target.set(this.buffer.subarray(0, n))
    return n
  }

  /** Forgets every sample; keeps the storage already allocated. */
  reset(): void {
    this.filled = 0
    this.next = 0
  }

  private grow(): void {
    const larger = new Float64Array(Math.min(this.capacity, this.buffer.length * 2))
    larger.set(this.buffer)
    this.buffer = larger
  }
}
