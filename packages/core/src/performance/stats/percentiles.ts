import { minOfRange, selectKth } from './quickselect'

/**
 * Percentiles of `values[0..n-1]` by linear interpolation between closest ranks, numpy's
 * default: for sorted x and rank r = (n - 1) * q, x[floor r] + (r - floor r) * (x[ceil r] - x[floor r]).
 *
 * `quantiles` must be ascending, each in [0, 1]; results go to `out` in the same order. The
 * first `n` entries of `values` are reordered (it is scratch space). With n = 0 every result is 0.
 */
export function interpolatedPercentiles(
  values: Float64Array,
  n: number,
  quantiles: readonly number[],
  out: Float64Array,
): void {
  const last = n - 1
  // Each select leaves everything right of its rank >= it, so the next (higher) rank
  // only needs to search from there: three percentiles cost about one select.
  let searchFrom = 0
  for (let i = 0; i < quantiles.length; i++) {
    if (n === 0) {
      out[i] = 0
      continue
    }
    const rank = last * (quantiles[i] as number)
    const below = Math.floor(rank)
    const fraction = rank - below
    const lower = selectKth(values, searchFrom, last, below)
    searchFrom = below
    out[i] =
      fraction === 0 || below === last
        ? lower
        : interpolate(lower, minOfRange(values, below + 1, last), fraction)
  }
}

// numpy's lerp: from the nearer end, so results stay monotonic and exact at the ends.
function interpolate(lower: number, upper: number, fraction: number): number {
  const gap = upper - lower
  return fraction < 0.5 ? lower + gap * fraction : upper - gap * (1 - fraction)
}
