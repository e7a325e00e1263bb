import { expect } from 'vitest'

/** Resolves on a later macrotask, so WeakRef targets kept for the current job are released. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * Runs a full garbage collection from a fresh task, then yields once more so finalizers run.
 * Needs `--expose-gc` (set in packages/core/vitest.config.ts).
 */
export async function collectGarbage(): Promise<void> {
  const gc = globalThis.gc
  expect(gc, 'run vitest with execArgv --expose-gc').toBeTypeOf('function')
  await nextTask()
  gc?.()
  await nextTask()
}

/** Plain row-like objects, each with a nested object as table rows have. */
export function makeRows(count: number): object[] {
  return Array.from({ length: count }, (_, index) => ({ id: String(index), original: { index } }))
}
