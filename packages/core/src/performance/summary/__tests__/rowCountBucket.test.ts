import { describe, expect, it } from 'vitest'
import { rowCountBucket } from '../rowCountBucket'

describe('rowCountBucket', () => {
  it.each([
    [0, '<1k'],
    [999, '<1k'],
    [1_000, '1k-10k'],
    [9_999, '1k-10k'],
    [10_000, '10k-100k'],
    [100_000, '100k-1M'],
    [999_999, '100k-1M'],
    [1_000_000, '>=1M'],
    [50_000_000, '>=1M'],
    [undefined, 'unknown'],
    [-1, 'unknown'],
    [NaN, 'unknown'],
    [Infinity, 'unknown'],
  ])('%s rows → %s', (rows, bucket) => {
    expect(rowCountBucket(rows)).toBe(bucket)
  })
})
