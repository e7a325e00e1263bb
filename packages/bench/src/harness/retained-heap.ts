import { setImmediate as nextMacrotask } from 'node:timers/promises'
import { median } from './median.ts'
import { settledHeapUsed } from './collect-garbage.ts'

// Holds each build's result across the "after" reading so nothing can be collected early.
const held: unknown[] = []

/**
 * Bytes still reachable from what `build` returns, after full collections: heap after minus
 * heap before. Median of `repeats` attempts, each starting from a clean heap. `warmUp` (say,
 * the same build on a few rows) runs first, unmeasured, so that code compiled and inline
 * caches made on first use are not billed to the result; it should be small, because a
 * library that lets go of it late would make the "before" reading too high.
 */
export async function retainedBytes(
  build: () => unknown,
  repeats: number,
  warmUp: () => unknown = build,
): Promise<number> {
  const readings: number[] = []
  held.push(warmUp())
  held.length = 0
  await nextMacrotask()
  for (let attempt = 0; attempt < repeats; attempt++) {
    await nextMacrotask()
    const before = settledHeapUsed()
    held.push(build())
    await nextMacrotask()
    const after = settledHeapUsed()
    readings.push(after - before)
    held.length = 0
  }
  return median(readings)
}
