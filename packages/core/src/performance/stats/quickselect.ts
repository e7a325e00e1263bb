/**
 * Rearranges `values[left..right]` so that `values[k]` holds the value it would have if that
 * range were sorted, everything before it is <= and everything after it is >=. Returns `values[k]`.
 *
 * Floyd and Rivest's SELECT (1975): on large ranges it first selects within a small sample
 * around the expected position, so the partition that follows discards almost everything in
 * one pass (about n + min(k, n - k) comparisons, against ~3n for plain quickselect). Callers
 * pass finite numbers only: the monitor drops NaN before it reaches a window.
 */
export function selectKth(values: Float64Array, left: number, right: number, k: number): number {
  let lo = left
  let hi = right
  while (hi > lo) {
    if (hi - lo > SAMPLE_THRESHOLD) {
      const n = hi - lo + 1
      const i = k - lo + 1
      const z = Math.log(n)
      const s = 0.5 * Math.exp((2 * z) / 3)
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i - n / 2 < 0 ? -1 : 1)
      const sampleLo = Math.max(lo, Math.floor(k - (i * s) / n + sd))
      const sampleHi = Math.min(hi, Math.floor(k + ((n - i) * s) / n + sd))
      selectKth(values, sampleLo, sampleHi, k)
    }
    const pivot = at(values, k)
    let i = lo
    let j = hi
    swap(values, lo, k)
    if (at(values, hi) > pivot) swap(values, hi, lo)
    while (i < j) {
      swap(values, i, j)
      i++
      j--
      while (at(values, i) < pivot) i++
      while (at(values, j) > pivot) j--
    }
    if (at(values, lo) === pivot) {
      swap(values, lo, j)
    } else {
      j++
      swap(values, j, hi)
    }
    if (j <= k) lo = j + 1
    if (k <= j) hi = j - 1
  }
  return at(values, k)
}

// Below this range size a sample costs more than it saves (the authors' constant).
const SAMPLE_THRESHOLD = 600

/** Smallest of `values[from..to]` (inclusive). */
export function minOfRange(values: Float64Array, from: number, to: number): number {
  let min = at(values, from)
  for (let i = from + 1; i <= to; i++) {
    const v = at(values, i)
    if (v < min) min = v
  }
  return min
}

// Typed-array reads inside the checked range are always defined; this keeps
// noUncheckedIndexedAccess satisfied without a branch per read.
function at(values: Float64Array, index: number): number {
  return values[index] as number
}

function swap(values: Float64Array, a: number, b: number): void {
  const t = at(values, a)
  values[a] = at(values, b)
  values[b] = t
}
