/**
 * Runs a full collection. The bench script starts node with `--expose-gc`; without it the
 * memory figures would be meaningless, so this fails loudly instead of measuring noise.
 */
export function collectGarbage(): void {
  if (globalThis.gc === undefined) {
    throw new Error('gc() is not exposed: run the bench with `node --expose-gc` (pnpm bench does)')
  }
  globalThis.gc()
}

/**
 * Memory in use after two full collections (the second sweeps what finalizers released), in
 * bytes: the JS heap plus ArrayBuffer backing stores, which live outside the heap and would
 * otherwise hide every typed array (ring buffers, sort keys) from the comparison.
 */
export function settledHeapUsed(): number {
  collectGarbage()
  collectGarbage()
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}
