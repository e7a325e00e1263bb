import { eventTimingObserver, type ObserverConstructor } from './entries'

/** What the interaction tracker takes from its runtime; injected in tests. */
export interface InteractionEnvironment {
  /** A `PerformanceObserver` constructor that supports `event` entries. */
  PerformanceObserver: ObserverConstructor
  /** The clock of Event Timing entries, ms (`performance.now()`). */
  now: () => number
  /** Runs `task` after `ms`; returns a handle for `cancel`. */
  schedule: (task: () => void, ms: number) => unknown
  /** Cancels a scheduled task. */
  cancel: (handle: unknown) => void
}

/**
 * This browser's environment, or undefined where Event Timing is not supported (Node, older
 * browsers): interactions are then silently absent. Globals are wrapped, never kept unbound
 * (browsers reject `setTimeout` called with another `this`).
 */
export function browserEnvironment(): InteractionEnvironment | undefined {
  const observer = eventTimingObserver()
  if (observer === undefined) return undefined
  return {
    PerformanceObserver: observer,
    now: () => performance.now(),
    schedule: (task, ms) => setTimeout(task, ms),
    cancel: (handle) => {
      clearTimeout(handle as ReturnType<typeof setTimeout>)
    },
  }
}
