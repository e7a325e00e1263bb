/**
 * Indices of `count` positions spread evenly over `0..length-1`, one at the middle of each of
 * `count` equal slices; every index when `count >= length`. O(count).
 */
export function evenlySpreadIndices(length: number, count: number): number[] {
  if (length <= 0 || count <= 0) return []
  if (count >= length) return Array.from({ length }, (_, i) => i)
  const indices = new Array<number>(count)
  const stride = length / count
  for (let i = 0; i < count; i++) indices[i] = Math.floor((i + 0.5) * stride)
  return indices
}
