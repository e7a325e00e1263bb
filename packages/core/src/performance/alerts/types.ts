import type { BudgetViolation, Severity } from '../types/metrics'

/** Where an alert goes. */
export type AlertDestinationType = 'console' | 'sentry' | 'datadog' | 'newrelic' | 'custom'

/**
 * A place budget violations are sent to (ENT-PERF-001 §3). `send` runs off the hot path,
 * from the alert dispatcher's queue; it may throw, reject or hang without harming the table.
 */
export interface AlertDestination {
  /** Unique among one monitor's destinations. */
  id: string
  /** What kind of destination this is. */
  type: AlertDestinationType
  /** Delivers one violation. */
  send(violation: BudgetViolation): Promise<void>
  /** Violations below this severity are not sent here (default: all). */
  minSeverity?: Severity
}

/** Delivery counts of one destination since it was added. */
export interface AlertDeliveryStats {
  /** The destination's id. */
  id: string
  /** The destination's type. */
  type: AlertDestinationType
  /** `send` calls that resolved. */
  delivered: number
  /** `send` calls that threw, rejected or timed out. */
  failed: number
  /** Of `failed`, those that timed out. */
  timedOut: number
  /** Violations not sent here because of cooldown, rate limit, `minSeverity` or `beforeSend`. */
  suppressed: number
  /** The last failure's message (never a secret), if any. */
  lastError?: string
}
