import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../../__tests__/seeded-random'
import { histogramPercentile } from '../histogramData'
import {
  bucketIndex,
  bucketValue,
  MAX_BUCKETS,
  MAX_TRACKED_MS,
  MIN_TRACKED_MS,
  SUMMARY_RELATIVE_ACCURACY,
} from '../logBuckets'
import { LogHistogram } from '../LogHistogram'

/** The reference: the sample at rank floor(q × (n - 1)) of the sorted samples. */
function exactPercentile(sorted: readonly number[], q: number): number {
  return sorted[Math.floor(q * (sorted.length - 1))] ?? NaN
}

function lognormal(random: () => number, mu: number, sigma: number): number {
  const u = 1 - random()
  const v = random()
  return Math.exp(mu + sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v))
}

const DATASETS: Record<string, (random: () => number) => number> = {
  'lognormal narrow': (random) => lognormal(random, 2, 0.3),
  'lognormal wide': (random) => lognormal(random, 1, 2),
  'uniform 0..100': (random) => random() * 100,
  'sub-microsecond mix': (random) => (random() < 0.2 ? random() * 0.0009 : random() * 3),
  'integers 1..5': (random) => 1 + Math.floor(random() * 5),
}
const SIZES = [1, 7, 100, 5_000]
const QUANTILES = [0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 0.999, 1]
// The bound is exact in real numbers; floating point may cross a bucket edge by an ulp.
const BOUND = SUMMARY_RELATIVE_ACCURACY * (1 + 1e-9)

describe('LogHistogram percentiles against the exact sample at the same rank', () => {
  for (const [name, generate] of Object.entries(DATASETS)) {
    for (const size of SIZES) {
      it(`${name}, ${size} samples: within the relative accuracy (absolute under ${MIN_TRACKED_MS} ms)`, () => {
        const random = seededRandom(size * 31 + name.length)
        const histogram = new LogHistogram()
        const samples: number[] = []
        for (let i = 0; i < size; i++) {
          const value = generate(random)
          samples.push(value)
          histogram.add(value)
        }
        samples.sort((a, b) => a - b)
        const data = histogram.toData()
        expect(data.count).toBe(size)
        for (const q of QUANTILES) {
          const exact = exactPercentile(samples, q)
          const estimate = histogramPercentile(data, q)
          if (exact < MIN_TRACKED_MS) expect(estimate).toBeLessThan(MIN_TRACKED_MS)
          else expect(Math.abs(estimate - exact) / exact).toBeLessThanOrEqual(BOUND)
        }
      })
    }
  }
})

describe('LogHistogram bookkeeping', () => {
  it('keeps count, sum, min, max and the zero bucket exactly', () => {
    const histogram = new LogHistogram()
    for (const value of [0, 0.0005, 2, 8, 1000]) histogram.add(value)
    expect(histogram.toData()).toMatchObject({
      count: 5,
      sum: 1010.0005,
      min: 0,
      max: 1000,
      zero: 2,
    })
    expect(histogram.getCount()).toBe(5)
  })

  it('an empty histogram reads NaN and writes zeros', () => {
    const data = new LogHistogram().toData()
    expect(data).toEqual({ count: 0, sum: 0, min: 0, max: 0, zero: 0, offset: 0, counts: [] })
    expect(histogramPercentile(data, 0.5)).toBeNaN()
  })

  it('grows its range both ways and trims unused buckets on output', () => {
    const histogram = new LogHistogram()
    histogram.add(10)
    histogram.add(1)
    histogram.add(100)
    const data = histogram.toData()
    expect(data.offset).toBe(bucketIndex(1))
    expect(data.counts).toHaveLength(bucketIndex(100) - bucketIndex(1) + 1)
    expect(data.counts[0]).toBe(1)
    expect(data.counts.at(-1)).toBe(1)
    expect(data.counts.reduce((a, b) => a + b, 0)).toBe(3)
  })

  it('never uses more than MAX_BUCKETS buckets, whatever it records', () => {
    const histogram = new LogHistogram()
    for (let exponent = -9; exponent <= 12; exponent += 0.01) histogram.add(10 ** exponent)
    const data = histogram.toData()
    expect(data.counts.length).toBeLessThanOrEqual(MAX_BUCKETS)
    expect(data.counts.length).toBeGreaterThan(MAX_BUCKETS - 5)
    // Durations past MAX_TRACKED_MS share the last bucket: min and max stay exact.
    expect(data.max).toBeCloseTo(1e12, -3)
    expect(histogramPercentile(data, 1)).toBe(data.max)
    expect(bucketIndex(MAX_TRACKED_MS * 10)).toBe(bucketIndex(MAX_TRACKED_MS))
  })

  it('a bucket value is within the relative accuracy of both its edges', () => {
    for (const index of [-300, -1, 0, 1, 250, 700]) {
      const gamma = (1 + SUMMARY_RELATIVE_ACCURACY) / (1 - SUMMARY_RELATIVE_ACCURACY)
      const upper = Math.pow(gamma, index)
      const lower = upper / gamma
      expect(Math.abs(bucketValue(index) - upper) / upper).toBeLessThanOrEqual(BOUND)
      expect(Math.abs(bucketValue(index) - lower) / lower).toBeLessThanOrEqual(BOUND)
    }
  })
})
