/** A monotonic clock in ms. Injected so tests are deterministic. */
export type Clock = () => number

/** `performance.now()`: present in every browser and in Node 16+, the runtimes GridKit supports. */
export const defaultClock: Clock = () => performance.now()
