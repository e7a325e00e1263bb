import { describe, expect, it } from 'vitest'
import { interpolatedPercentiles } from '../percentiles'
import { minOfRange, selectKth } from '../quickselect'
import { referencePercentile, seededRandom } from './seededRandom'

const QUANTILES = [0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 1]

function percentilesOf(samples: readonly number[], quantiles = QUANTILES): number[] {
  const out = new Float64Array(quantiles.length)
  interpolatedPercentiles(Float64Array.from(samples), samples.length, quantiles, out)
  return Array.from(out)
}

describe('interpolatedPercentiles', () => {
  it('matches the worked examples', () => {
    expect(percentilesOf([10, 20, 15], [0.5])).toEqual([15])
    const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1)
    const [p50, p95, p99] = percentilesOf(oneToHundred, [0.5, 0.95, 0.99])
    expect(p50).toBe(50.5)
    expect(p95).toBeCloseTo(95.05, 12)
    expect(p99).toBeCloseTo(99.01, 12)
  })

  it('gives 0 for no samples and the sample itself for one', () => {
    expect(percentilesOf([], [0.5, 0.99])).toEqual([0, 0])
    expect(percentilesOf([7.5], [0, 0.5, 1])).toEqual([7.5, 7.5, 7.5])
  })

  const datasets: Record<string, (random: () => number, n: number) => number[]> = {
    uniform: (random, n) => Array.from({ length: n }, () => random() * 100),
    'heavy tail': (random, n) => Array.from({ length: n }, () => -Math.log(1 - random()) * 10),
    'few distinct': (random, n) => Array.from({ length: n }, () => Math.floor(random() * 4)),
    ascending: (_random, n) => Array.from({ length: n }, (_, i) => i * 0.5),
    descending: (_random, n) => Array.from({ length: n }, (_, i) => n - i),
    constant: (_random, n) => Array.from({ length: n }, () => 3),
  }

  for (const [name, make] of Object.entries(datasets)) {
    for (const n of [1, 2, 3, 5, 10, 64, 101, 1000, 1024, 4096]) {
      it(`agrees with a sort-based reference: ${name}, n=${n}`, () => {
        const samples = make(seededRandom(n * 7919 + name.length), n)
        const expected = QUANTILES.map((q) => referencePercentile(samples, q))
        const actual = percentilesOf(samples)
        actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 9))
      })
    }
  }
})

describe('selectKth', () => {
  it('puts the k-th smallest at k, smaller before and larger after', () => {
    const random = seededRandom(42)
    for (let trial = 0; trial < 50; trial++) {
      // Past 600 elements the sampling step runs as well.
      const n = 1 + Math.floor(random() * (trial % 5 === 0 ? 5000 : 200))
      const values = Float64Array.from({ length: n }, () => Math.floor(random() * 50))
      const sorted = Array.from(values).sort((a, b) => a - b)
      const k = Math.floor(random() * n)
      expect(selectKth(values, 0, n - 1, k)).toBe(sorted[k])
      const before = Array.from(values.subarray(0, k))
      const after = Array.from(values.subarray(k + 1))
      expect(before.every((v) => v <= values[k]!)).toBe(true)
      expect(after.every((v) => v >= values[k]!)).toBe(true)
    }
  })

  it('minOfRange finds the smallest in an inclusive range', () => {
    expect(minOfRange(Float64Array.from([5, 3, 9, 1, 7]), 1, 3)).toBe(1)
    expect(minOfRange(Float64Array.from([5, 3, 9, 1, 7]), 2, 2)).toBe(9)
  })
})
