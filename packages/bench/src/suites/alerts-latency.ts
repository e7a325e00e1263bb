import { Console } from 'node:console'
import { createWriteStream } from 'node:fs'
import { setImmediate as nextMacrotask } from 'node:timers/promises'
import { AlertDispatcher, type AlertDestination, type BudgetViolation } from '@gridkit/core'
import { median } from '../harness/median.ts'

/** A violation as the monitor emits it (operation, durations, budget; never row data). */
export const SAMPLE_VIOLATION: BudgetViolation = {
  operation: 'sorting',
  actual: 72.5,
  budget: 50,
  severity: 'error',
  timestamp: Date.now(),
  impact: 'userVisible',
  tableId: 'bench',
  rowCount: 100_000,
}

/**
 * Wraps `inner` so the moment its `send` promise resolves is observed: the end of the
 * enqueue-to-delivery interval. The wrapper adds one microtask hop, counted against us.
 */
function observed(inner: AlertDestination, onResolved: () => void): AlertDestination {
  return {
    id: inner.id,
    type: inner.type,
    send: (violation) => inner.send(violation).then(onResolved),
  }
}

/**
 * Median ms from `enqueue` to the destination's `send` resolving, over `samples` alerts sent
 * one at a time through the real dispatcher (its timer-based drain included). Cooldown and
 * rate limit are off so that every alert is delivered.
 */
export async function enqueueToSendMs(
  destination: AlertDestination,
  samples: number,
): Promise<number> {
  let resolveSent: () => void = () => undefined
  const dispatcher = new AlertDispatcher({ cooldownMs: 0, rateLimit: false })
  dispatcher.add(observed(destination, () => resolveSent()))
  const latencies: number[] = []
  // The dispatcher's timers are unref'd (an alert must never hold a process open), so with
  // nothing else pending node would exit mid-measurement; this ref'd interval keeps it alive.
  const keepAlive = setInterval(() => undefined, 1000)
  for (let i = 0; i < samples; i++) {
    await nextMacrotask()
    const sent = new Promise<number>((resolve) => {
      resolveSent = () => resolve(performance.now())
    })
    const start = performance.now()
    dispatcher.enqueue({ ...SAMPLE_VIOLATION, timestamp: Date.now() })
    latencies.push((await sent) - start)
  }
  clearInterval(keepAlive)
  dispatcher.dispose()
  return median(latencies)
}

/**
 * Runs `fn` with console.error/warn going to /dev/null through a real Console, so the console
 * destination still formats and writes each line without flooding the bench output.
 */
export async function withConsoleToDevNull<T>(fn: () => Promise<T>): Promise<T> {
  const sink = createWriteStream('/dev/null')
  const quiet = new Console({ stdout: sink, stderr: sink })
  const { error, warn } = console
  console.error = quiet.error.bind(quiet)
  console.warn = quiet.warn.bind(quiet)
  try {
    return await fn()
  } finally {
    console.error = error
    console.warn = warn
    sink.end()
  }
}
