import type { EnhancedPerformanceMonitor } from '../monitor/EnhancedPerformanceMonitor'
import { encodeSummary } from './encodeSummary'
import type { SampleListener } from './SampleListeners'
import { resolveSummaryBeaconOptions, type SummaryBeaconOptions } from './summaryBeaconOptions'
import { SummaryRecorder } from './SummaryRecorder'

/** Delivery counts of a summary beacon. */
export interface SummaryBeaconStats {
  /** Beacons the browser accepted for delivery. */
  sent: number
  /** Beacons refused (full queue) or that threw; their samples are kept for the next try. */
  failed: number
  /** Bytes of the accepted beacons. */
  bytes: number
  /** Operations left out of beacons to stay within `maxBytes`. */
  omittedOperations: number
}

/** What `connectSummaryBeacon` returns. */
export interface SummaryBeaconConnection {
  /** Sends the samples not sent yet, if any; returns whether the browser accepted the beacon. */
  flush(): boolean
  /** Sends what is left, then stops listening (safe to call twice). */
  disconnect(): void
  /** Delivery counts so far. */
  getStats(): SummaryBeaconStats
}

/** The page APIs the beacon uses; injected in tests, taken from the globals otherwise. */
export interface BeaconRuntime {
  sendBeacon(url: string, body: string): boolean
  /** The window (`pagehide`). */
  window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>
  /** The document (`visibilitychange`, `visibilityState`). */
  document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & {
    readonly visibilityState: string
  }
}

/** The browser's beacon APIs, or undefined where there are none (Node, server rendering). */
export function browserBeaconRuntime(): BeaconRuntime | undefined {
  const { navigator, document, window } = globalThis as Partial<{
    navigator: Navigator
    document: Document
    window: Window
  }>
  if (
    typeof navigator?.sendBeacon !== 'function' ||
    document === undefined ||
    window === undefined
  ) {
    return undefined
  }
  return {
    // Bound: browsers throw "Illegal invocation" for a detached sendBeacon.
    sendBeacon: (url, body) => navigator.sendBeacon(url, body),
    window,
    document,
  }
}

/**
 * Sends `monitor`'s samples as a {@link PerformanceSummary} to `options.url` with `sendBeacon`
 * when the page is hidden or left (a string body is `text/plain`: no CORS preflight). Each
 * beacon holds only the samples since the last accepted one, so an endpoint can merge them all
 * with `mergeSummaries` without counting anything twice. Where there is no `sendBeacon`, nothing
 * is attached. Options are validated at once (`INVALID_PERFORMANCE_OPTION`).
 */
export function connectSummaryBeacon(
  monitor: EnhancedPerformanceMonitor,
  options: SummaryBeaconOptions,
  runtime: BeaconRuntime | undefined = browserBeaconRuntime(),
): SummaryBeaconConnection {
  const { url, maxBytes, onError } = resolveSummaryBeaconOptions(options, 'summary')
  const stats: SummaryBeaconStats = { sent: 0, failed: 0, bytes: 0, omittedOperations: 0 }
  const pending = new SummaryRecorder()
  let sessionCounted = false
  const report = (error: unknown): void => {
    try {
      ;(onError ?? console.error)(error)
    } catch {
      // The app's error hook failed: nothing is left to report to, and the page goes on.
    }
  }
  const flush = (): boolean => {
    if (runtime === undefined || pending.isEmpty()) return false
    const summary = pending.toSummary()
    // The first beacon of a session counts it; later ones add samples only.
    summary.sessions = sessionCounted ? 0 : 1
    const { body, omittedOperations } = encodeSummary(summary, maxBytes)
    let accepted = false
    try {
      accepted = runtime.sendBeacon(url, body)
    } catch (error) {
      report(error)
    }
    if (!accepted) {
      stats.failed++
      return false
    }
    sessionCounted = true
    pending.clear()
    stats.sent++
    stats.bytes += new TextEncoder().encode(body).length
    stats.omittedOperations += omittedOperations
    return true
  }
  if (runtime === undefined) {
    return { flush, disconnect: () => undefined, getStats: () => ({ ...stats }) }
  }
  const record: SampleListener = (operation, durationMs, context, violation) => {
    pending.record(operation, durationMs, context?.rowCount, violation?.severity)
  }
  const onPageHide = (): void => {
    flush()
  }
  const onVisibilityChange = (): void => {
    if (runtime.document.visibilityState === 'hidden') flush()
  }
  const unsubscribe = monitor.onSample(record)
  runtime.window.addEventListener('pagehide', onPageHide)
  runtime.document.addEventListener('visibilitychange', onVisibilityChange)
  let connected = true
  return {
    flush,
    disconnect() {
      if (!connected) return
      connected = false
      flush()
      unsubscribe()
      runtime.window.removeEventListener('pagehide', onPageHide)
      runtime.document.removeEventListener('visibilitychange', onVisibilityChange)
    },
    getStats: () => ({ ...stats }),
  }
}
