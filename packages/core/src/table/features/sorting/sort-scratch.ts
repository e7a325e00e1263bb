import { TextKeys } from './text-keys'

/** Radix digit width: 16 bits, so one counts table serves every pass. */
export const RADIX_BUCKETS = 1 << 16

/**
 * Typed arrays a table's sorts reuse (issue 13): touching fresh memory cost more than the
 * sorting itself, so each sort borrows these instead of allocating. They grow to the
 * largest row count sorted and are dropped on destroy or when the data shrinks.
 */
export class SortScratch {
  /** Positions, ping. */
  positionsA = new Int32Array(0)
  /** Positions, pong. */
  positionsB = new Int32Array(0)
  /** One column's keys by row position (NaN: missing). */
  keys = new Float64Array(0)
  /** Per position, the id of its distinct text (-1: not text). */
  textIds = new Int32Array(0)
  /** Low 32-bit radix word by row position. */
  low = new Uint32Array(0)
  /** High 32-bit radix word by row position. */
  high = new Uint32Array(0)
  /** The keys of a string sort's distinct texts (grown on demand). */
  readonly textKeys = new TextKeys()
  /** Bucket counts of one radix pass; grown on demand up to {@link RADIX_BUCKETS} + 1. */
  private counts = new Uint32Array(0)
  /** Per distinct text of a string sort: packed prefix, order and its radix spare (on demand). */
  private texts = {
    packed: new Float64Array(0),
    order: new Int32Array(0),
    spare: new Int32Array(0),
  }

  /** Arrays for ranking `count` distinct texts, grown on first use. */
  textArrays(count: number): { packed: Float64Array; order: Int32Array; spare: Int32Array } {
    if (this.texts.packed.length < count) {
      this.texts = {
        packed: new Float64Array(count),
        order: new Int32Array(count),
        spare: new Int32Array(count),
      }
    }
    return this.texts
  }

  /** A counts table for `buckets` buckets (plus one slot for the prefix sums). */
  countsFor(buckets: number): Uint32Array {
    if (this.counts.length <= buckets) {
      this.counts = new Uint32Array(Math.min(RADIX_BUCKETS, Math.max(buckets, 256)) + 1)
    }
    return this.counts
  }

  /** Grows every per-row array to hold `rowCount` rows. */
  ensure(rowCount: number): void {
    if (this.keys.length >= rowCount) return
    this.positionsA = new Int32Array(rowCount)
    this.positionsB = new Int32Array(rowCount)
    this.keys = new Float64Array(rowCount)
    this.textIds = new Int32Array(rowCount)
    this.low = new Uint32Array(rowCount)
    this.high = new Uint32Array(rowCount)
  }

  /** Bytes held, for memory accounting. */
  byteLength(): number {
    return (
      this.positionsA.byteLength +
      this.positionsB.byteLength +
      this.keys.byteLength +
      this.textIds.byteLength +
      this.low.byteLength +
      this.high.byteLength +
      this.counts.byteLength +
      this.texts.packed.byteLength +
      this.texts.order.byteLength +
      this.texts.spare.byteLength +
      this.textKeys.byteLength()
    )
  }
}
