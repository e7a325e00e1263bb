/**
 * The log-bucket scheme every GridKit summary shares (DDSketch-style, written for issue 14).
 *
 * Bucket `i` holds durations in (γ^(i-1), γ^i] ms with γ = (1 + α) / (1 - α). Reporting a
 * bucket as 2γ^i / (γ + 1) is within a relative error α of every duration in it, so any
 * percentile read from a histogram (merged or not) is within α of the exact sample at that rank.
 * Every summary uses the same γ, which is what makes merging exact: counts just add.
 */

/** Relative accuracy α of every percentile read from a summary (1%). */
export const SUMMARY_RELATIVE_ACCURACY = 0.01

/** Durations below this (ms) are counted in the zero bucket and read back as the minimum. */
export const MIN_TRACKED_MS = 0.001

/** Durations above this (ms, about 2.8 hours) share the last bucket. */
export const MAX_TRACKED_MS = 1e7

const GAMMA = (1 + SUMMARY_RELATIVE_ACCURACY) / (1 - SUMMARY_RELATIVE_ACCURACY)
const INVERSE_LN_GAMMA = 1 / Math.log(GAMMA)

/** Lowest bucket index: the bucket of {@link MIN_TRACKED_MS}. */
export const MIN_BUCKET_INDEX = Math.ceil(Math.log(MIN_TRACKED_MS) * INVERSE_LN_GAMMA)

/** Highest bucket index: the bucket of {@link MAX_TRACKED_MS}. */
export const MAX_BUCKET_INDEX = Math.ceil(Math.log(MAX_TRACKED_MS) * INVERSE_LN_GAMMA)

/** Most buckets one histogram can use; bounds its size whatever it records. */
export const MAX_BUCKETS = MAX_BUCKET_INDEX - MIN_BUCKET_INDEX + 1

/** The bucket of a duration of at least {@link MIN_TRACKED_MS} ms (clamped to the last bucket). */
export function bucketIndex(durationMs: number): number {
  if (durationMs >= MAX_TRACKED_MS) return MAX_BUCKET_INDEX
  // Clamped below too: rounding may put MIN_TRACKED_MS itself one bucket low.
  return Math.max(MIN_BUCKET_INDEX, Math.ceil(Math.log(durationMs) * INVERSE_LN_GAMMA))
}

/** The duration (ms) bucket `index` stands for: within α of everything in it. */
export function bucketValue(index: number): number {
  return (2 * Math.pow(GAMMA, index)) / (GAMMA + 1)
}
