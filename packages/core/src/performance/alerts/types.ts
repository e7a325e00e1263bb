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
  /**
   * The page is being hidden or closed: hand these violations over synchronously (a beacon or
   * a `keepalive` fetch) and return whether the browser accepted them. Without it, `send` is
   * called, which hands the event to a vendor SDK's own exit path.
   */
  sendOnExit?(violations: readonly BudgetViolation[]): boolean
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

/** A plain function used as a destination; its return value is awaited when it is a promise. */
export type AlertFunction = (violation: BudgetViolation) => Promise<void> | void

/** Anything with a `send` method: what `AlertDispatcher.add` accepts besides a function. */
export interface AlertSender {
  /** Delivers one violation; may return a promise. */
  send(violation: BudgetViolation): Promise<void> | void
  /** Unique id; generated when absent. */
  id?: string
  /** Violations below this severity are not sent here (default: all). */
  minSeverity?: Severity
  /** Synchronous delivery when the page is hidden or closed (see `AlertDestination.sendOnExit`). */
  sendOnExit?(violations: readonly BudgetViolation[]): boolean
}

/** Counts of the dispatcher's queue, across destinations. */
export interface AlertQueueStats {
  /** Violations waiting for the next drain. */
  queued: number
  /** `send` calls started and not yet settled. */
  inFlight: number
  /** Violations accepted by `enqueue` (after cooldown). */
  accepted: number
  /** Violations held back by the per-(operation, severity) cooldown. */
  suppressedByCooldown: number
  /** Violations dropped because the queue was full or the dispatcher disposed. */
  dropped: number
  /** Values passed to `enqueue` that were not violations. */
  invalid: number
  /** Violations below the dispatcher's `minSeverity`, ignored at `enqueue`. */
  belowMinSeverity: number
}

/** What `onError` is told about a failed delivery. */
export interface AlertErrorContext {
  /** The destination whose `send` failed (`'beforeSend'` when the hook threw). */
  destinationId: string
  /** The violation's operation. */
  operation: string
}

/** The timer functions the dispatcher uses; injected so tests are deterministic. */
export interface AlertScheduler {
  /** Runs `fn` after `ms` milliseconds; returns a handle for `clearTimeout`. */
  setTimeout(fn: () => void, ms: number): unknown
  /** Cancels a timer made by `setTimeout`. */
  clearTimeout(handle: unknown): void
}

/** A per-destination send limit: at most `max` sends per `intervalMs` window. */
export interface AlertRateLimit {
  /** Sends allowed in one window (a positive integer). */
  max: number
  /** Window length in ms. */
  intervalMs: number
}

/** Options of {@link AlertDispatcher}; every one is validated at construction. */
export interface AlertDispatcherOptions {
  /** Per-send timeout in ms (default 5000). */
  timeoutMs?: number
  /** Quiet period per (operation, severity) in ms after an alert is accepted (default 60000; 0 disables). */
  cooldownMs?: number
  /** Per-destination limit (default 30 per 60000 ms); `false` disables it. */
  rateLimit?: AlertRateLimit | false
  /** Most violations waiting for delivery (default 1000); overflow is dropped and counted. */
  maxQueue?: number
  /** May scrub a violation or drop it (return `null`/`undefined`); runs off the hot path. */
  beforeSend?: (violation: BudgetViolation) => BudgetViolation | null | undefined
  /**
   * Told about every failed delivery (default: one `console.warn` line without secrets at the
   * first failure of each destination; later ones are only counted).
   */
  onError?: (error: unknown, context: AlertErrorContext) => void
  /** Violations below this severity are ignored at `enqueue`, for every destination (default: none). */
  minSeverity?: Severity
  /** Clock in ms (monotonic or epoch) used for cooldowns and rate limits. */
  now?: () => number
  /** Timer functions (default: the global `setTimeout`/`clearTimeout`). */
  scheduler?: AlertScheduler
}
