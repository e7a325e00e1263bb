import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { BudgetViolation, Severity } from '../types/metrics'
import { toAlertPayload } from './payload'
import type { AlertDestination } from './types'

/** Options of {@link createHttpAlertDestination}. */
export interface HttpAlertDestinationOptions {
  /** Where alerts are POSTed (`http:` or `https:`), as `{"alerts":[...]}` in a text/plain body. */
  url: string
  /** Unique id (default `http`). */
  id?: string
  /** Violations below this severity are not sent here (default: all). */
  minSeverity?: Severity
}

interface BeaconGlobals {
  navigator?: { sendBeacon?: (url: string, body: string) => boolean }
}

/** The body of one request: the alert-safe fields only (names, figures, counts). */
function body(violations: readonly BudgetViolation[]): string {
  return JSON.stringify({ alerts: violations.map(toAlertPayload) })
}

/**
 * An alert destination that POSTs to your own endpoint. `text/plain` needs no CORS preflight;
 * `keepalive` lets a request outlive the page. When the page is hidden or closed, what is
 * still queued goes in one `navigator.sendBeacon` (a `keepalive` fetch where there is none).
 */
export function createHttpAlertDestination(options: HttpAlertDestinationOptions): AlertDestination {
  const { url } = options
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) {
    throw new GridKitError(
      'INVALID_ALERT_DESTINATION',
      `http alert destination option "url" must be an http: or https: URL string; got ${describeValue(url)}`,
      { option: 'url' },
    )
  }
  const post = (text: string): Promise<Response> =>
    fetch(url, {
      method: 'POST',
      body: text,
      headers: { 'content-type': 'text/plain' },
      keepalive: true,
    })
  return {
    id: options.id ?? 'http',
    type: 'custom',
    minSeverity: options.minSeverity,
    async send(violation) {
      const response = await post(body([violation]))
      if (!response.ok) throw new Error(`alert endpoint answered HTTP ${response.status}`)
    },
    sendOnExit(violations) {
      const text = body(violations)
      const { navigator } = globalThis as BeaconGlobals
      if (typeof navigator?.sendBeacon === 'function') return navigator.sendBeacon(url, text)
      post(text).catch(() => undefined) // the page is going: no one is left to tell
      return true
    },
  }
}
