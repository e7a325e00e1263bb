import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { BudgetViolation, Severity } from '../types/metrics'
import { toAlertPayload } from './payload'
import { captureThroughApp } from './sentry-confirm'
import type { AlertDestination } from './types'

/** The message every Sentry alert carries (group alerts in Sentry by it). */
export const SENTRY_ALERT_MESSAGE = 'Performance budget violation'

/** What GridKit passes to `captureMessage`: Sentry's per-event capture context. */
export interface SentryAlertContext {
  /** `'error'` for critical violations, `'warning'` otherwise. */
  level: 'error' | 'warning'
  /** Searchable tags: operation, impact, severity. */
  tags: { operation: string; impact: string; severity: string }
  /** The payload (figures only). */
  extra: Record<string, unknown>
}

/** The app's Sentry (the `@sentry/browser` namespace, a hub or a scope): anything with `captureMessage`. */
export interface SentryLike {
  /** Sentry's `captureMessage(message, captureContext)`. */
  captureMessage(message: string, captureContext: SentryAlertContext): unknown
}

/** Options shared by the Sentry destinations. */
export interface SentryDestinationOptions {
  /** Destination id (default `'sentry'`). */
  id?: string
  /** Violations below this severity are not sent (default: all). */
  minSeverity?: Severity
}

/** Builds the capture context of one violation (ENT-PERF-001 §3). */
export function toSentryContext(violation: BudgetViolation): SentryAlertContext {
  const payload = toAlertPayload(violation)
  return {
    level: payload.severity === 'critical' ? 'error' : 'warning',
    tags: { operation: payload.operation, impact: payload.impact, severity: payload.severity },
    extra: { ...payload },
  }
}

/** True when `value` has a `captureMessage` function. */
export function isSentryLike(value: unknown): value is SentryLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<SentryLike>).captureMessage === 'function'
  )
}

/**
 * Sends violations through the app's own Sentry (vendor-free: nothing from `@sentry/*` is
 * imported). Delivery, sampling and transport stay the app's SDK's business.
 */
export class SentryClientAlertDestination implements AlertDestination {
  /** Destination id. */
  readonly id: string
  /** Always `'sentry'`. */
  readonly type = 'sentry' as const
  /** Violations below this severity are not sent. */
  readonly minSeverity: Severity | undefined
  private readonly sentry: SentryLike

  constructor(sentry: SentryLike, options: SentryDestinationOptions = {}) {
    if (!isSentryLike(sentry)) {
      throw new GridKitError(
        'INVALID_ALERT_DESTINATION',
        `Sentry alert destination needs the app's Sentry (an object with captureMessage); got ${describeValue(sentry)}`,
        { option: 'sentry.client' },
      )
    }
    this.sentry = sentry
    this.id = options.id ?? 'sentry'
    this.minSeverity = options.minSeverity
  }

  /**
   * Captures one message. When the object has `getClient()` and the client has hooks (the
   * `@sentry/browser` namespace, v8+), resolves once the SDK reports the upload answered 2xx and
   * rejects on a network error, another status or no upload within 4000 ms; otherwise resolves
   * once the SDK took the event.
   */
  send(violation: BudgetViolation): Promise<void> {
    return captureThroughApp(this.sentry, () =>
      this.sentry.captureMessage(SENTRY_ALERT_MESSAGE, toSentryContext(violation)),
    )
  }
}
