import type { EnhancedPerformanceMonitor } from '../monitor/EnhancedPerformanceMonitor'
import { browserEnvironment, type InteractionEnvironment } from './environment'
import { resolveInteractionsOptions } from './interactionsOptions'
import { InteractionTracker } from './InteractionTracker'
import type { InteractionAttribution } from './types'

interface Attachment {
  tracker: InteractionTracker
  users: number
}

// One tracker per monitor, shared by every table that reports to it (a shared monitor would
// otherwise record each interaction once per table). The first caller's options apply.
const attachments = new WeakMap<EnhancedPerformanceMonitor, Attachment>()

/** Extra inputs of {@link observeInteractions}. */
export interface ObserveInteractionsContext {
  /** Receives errors of the observer callbacks (default `console.error`). */
  onError?: (error: unknown) => void
  /** The runtime (default: the browser's, or none in Node); for tests. */
  environment?: InteractionEnvironment
}

/**
 * Records the page's interactions into `monitor` as `interaction` samples with attribution
 * (`features.performance.interactions` calls this for a table). Options are validated even
 * where Event Timing is unsupported; there it does nothing. Returns a function that stops
 * observing once every caller has called it (safe to call twice).
 */
export function observeInteractions(
  monitor: EnhancedPerformanceMonitor,
  options?: unknown,
  context: ObserveInteractionsContext = {},
): () => void {
  const resolved = resolveInteractionsOptions(options)
  const environment = context.environment ?? browserEnvironment()
  if (resolved === undefined || environment === undefined) return () => undefined
  let attachment = attachments.get(monitor)
  if (attachment === undefined) {
    const onError = context.onError ?? ((error: unknown) => console.error(error))
    attachment = {
      tracker: new InteractionTracker(monitor, resolved, environment, onError),
      users: 0,
    }
    attachments.set(monitor, attachment)
    attachment.tracker.start()
  }
  attachment.users++
  const attached = attachment
  let released = false
  return () => {
    if (released) return
    released = true
    attached.users--
    if (attached.users > 0) return
    attached.tracker.stop()
    attachments.delete(monitor)
  }
}

/** The monitor's recent interactions with their attribution, oldest first; [] if none observed. */
export function getRecentInteractions(
  monitor: EnhancedPerformanceMonitor,
): InteractionAttribution[] {
  return attachments.get(monitor)?.tracker.recent() ?? []
}
