import { describe, expect, it } from 'vitest'
import { evenlySpreadIndices } from '../evenlySpreadIndices'

describe('evenlySpreadIndices', () => {
  it('takes the middle of each equal slice', () => {
    expect(evenlySpreadIndices(10, 5)).toEqual([1, 3, 5, 7, 9])
    expect(evenlySpreadIndices(100, 4)).toEqual([12, 37, 62, 87])
  })

  it('takes every index when the sample is as large as the set', () => {
    expect(evenlySpreadIndices(3, 3)).toEqual([0, 1, 2])
    expect(evenlySpreadIndices(3, 256)).toEqual([0, 1, 2])
  })

  it('returns nothing for an empty set or sample', () => {
    expect(evenlySpreadIndices(0, 10)).toEqual([])
    expect(evenlySpreadIndices(10, 0)).toEqual([])
  })

  it.each([
    [100_000, 256],
    [1_000, 999],
    [257, 256],
    [7, 2],
  ])('gives %i -> %i distinct, sorted, in-range indices, one per slice', (length, count) => {
    const indices = evenlySpreadIndices(length, count)
    expect(indices).toHaveLength(count)
    const stride = length / count
    indices.forEach((index, slice) => {
      expect(index).toBeGreaterThanOrEqual(Math.floor(slice * stride))
      expect(index).toBeLessThan(Math.ceil((slice + 1) * stride))
      if (slice > 0) expect(index).toBeGreaterThan(indices[slice - 1]!)
    })
    expect(indices.at(-1)).toBeLessThan(length)
  })
})
