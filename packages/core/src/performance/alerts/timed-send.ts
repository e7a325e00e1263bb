import type { BudgetViolation } from '../types/metrics'
import { createTimeoutError } from './delivery-error'
import type { AlertDestination, AlertScheduler } from './types'

/** How one send ended. */
export type SendOutcome = { ok: true } | { ok: false; error: unknown; timedOut: boolean }

/**
 * Calls `destination.send` once, racing it against a `timeoutMs` timer. `onSettled` runs
 * exactly once and always asynchronously, unless the returned `abandon` runs first (then
 * never); either way the timer is cleared. A late settle after a timeout is ignored.
 */
export function sendWithTimeout(
  destination: AlertDestination,
  violation: BudgetViolation,
  scheduler: AlertScheduler,
  timeoutMs: number,
  onSettled: (outcome: SendOutcome) => void,
): () => void {
  let settled = false
  const settle = (outcome: SendOutcome | undefined): void => {
    if (settled) return
    settled = true
    scheduler.clearTimeout(timer)
    if (outcome !== undefined) onSettled(outcome)
  }
  const timer = scheduler.setTimeout(() => {
    settle({ ok: false, error: createTimeoutError(destination.id, timeoutMs), timedOut: true })
  }, timeoutMs)
  // The executor turns a synchronous throw into a rejection, so every outcome is async.
  new Promise<void>((resolve) => {
    resolve(destination.send(violation))
  }).then(
    () => {
      settle({ ok: true })
    },
    (error: unknown) => {
      settle({ ok: false, error, timedOut: false })
    },
  )
  return () => {
    settle(undefined)
  }
}
