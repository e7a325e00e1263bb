/** A deterministic pseudo-random source: the same seed yields the same sequence on every run. */
export interface SeededRandom {
  /** Next float in [0, 1). */
  next(): number
  /** Next integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
}

/**
 * Mulberry32: a 32-bit generator with a full 2^32 period, plenty for benchmark data and far
 * faster than a cryptographic source; chosen so the data set is identical for every contender.
 */
export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)]
      if (item === undefined) throw new RangeError('pick() needs a non-empty list')
      return item
    },
  }
}
