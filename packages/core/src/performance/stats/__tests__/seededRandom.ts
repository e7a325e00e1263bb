export { seededRandom } from '../../../__tests__/seeded-random'

/** The reference: sort a copy, then interpolate between closest ranks (numpy's default). */
export function referencePercentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return 0
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (sorted.length - 1) * q
  const lo = Math.floor(rank)
  const hi = Math.ceil(rank)
  const a = sorted[lo]!
  const b = sorted[hi]!
  return a + (rank - lo) * (b - a)
}
