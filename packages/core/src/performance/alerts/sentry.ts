// Entry `@gridkit/core/alerts/sentry`: the only file that imports @sentry/browser.
import { BrowserClient, Scope, defaultStackParser, makeFetchTransport } from '@sentry/browser'
import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { BudgetViolation, Severity } from '../types/metrics'
import {
  SENTRY_ALERT_MESSAGE,
  SentryClientAlertDestination,
  type SentryDestinationOptions,
  type SentryLike,
  isSentryLike,
  toSentryContext,
} from './sentry-client'
import { type SentryHookClient, captureConfirmed } from './sentry-confirm'
import type { AlertDestination } from './types'

export type { SentryLike, SentryDestinationOptions } from './sentry-client'

/** Options for a Sentry destination with its own isolated client. */
export interface SentryAlertOptions extends SentryDestinationOptions {
  /** The project DSN, `https://<publicKey>@<host>/<projectId>`. Never logged. */
  dsn: string
  /** Sentry environment (e.g. `'production'`). */
  environment?: string
  /** Release name. */
  release?: string
  /** How long one `send` waits for Sentry to accept the event, in ms (default 4000). */
  flushTimeoutMs?: number
}

// protocol://publicKey[:secret]@host[:port]/[path/]projectId
const DSN_PATTERN = /^https?:\/\/[^\s@/:]+(?::[^\s@/]*)?@[^\s/]+\/(?:[^\s]*\/)?\d+$/

function invalid(option: string, accepted: string, value?: unknown): GridKitError {
  const got = value === undefined ? '' : `; got ${describeValue(value)}`
  return new GridKitError(
    'INVALID_ALERT_DESTINATION',
    `SentryAlertDestination option "${option}" must be ${accepted}${got}`,
    { option },
  )
}

function checkOptions(options: SentryAlertOptions): void {
  // The DSN is a secret of sorts: never echo it, only say what shape is wanted.
  if (typeof options.dsn !== 'string' || !DSN_PATTERN.test(options.dsn)) {
    throw invalid('dsn', 'a Sentry DSN such as https://<publicKey>@<host>/<projectId>')
  }
  for (const key of ['environment', 'release'] as const) {
    const value = options[key]
    if (value !== undefined && typeof value !== 'string') throw invalid(key, 'a string', value)
  }
  const flush = options.flushTimeoutMs
  if (flush !== undefined && !(typeof flush === 'number' && Number.isFinite(flush) && flush > 0)) {
    throw invalid('flushTimeoutMs', 'a positive number of ms', flush)
  }
}

/**
 * Sends violations to Sentry: through the app's own Sentry when given one, or through an
 * isolated `BrowserClient` + `Scope` built from `{ dsn }`. It never calls `Sentry.init` and
 * never touches the app's global client, as Sentry asks of libraries.
 */
export class SentryAlertDestination implements AlertDestination {
  /** Destination id (default `'sentry'`). */
  readonly id: string
  /** Always `'sentry'`. */
  readonly type = 'sentry' as const
  /** Violations below this severity are not sent. */
  readonly minSeverity: Severity | undefined
  private readonly viaApp: SentryClientAlertDestination | undefined
  private readonly client: BrowserClient | undefined
  private readonly scope: Scope | undefined
  private readonly flushTimeoutMs: number

  constructor(target: SentryLike | SentryAlertOptions, options: SentryDestinationOptions = {}) {
    if (isSentryLike(target)) {
      this.viaApp = new SentryClientAlertDestination(target, options)
      this.id = this.viaApp.id
      this.minSeverity = this.viaApp.minSeverity
      this.flushTimeoutMs = 0
      return
    }
    if (typeof target !== 'object' || (target as unknown) === null) {
      throw new GridKitError(
        'INVALID_ALERT_DESTINATION',
        `SentryAlertDestination needs the app's Sentry (with captureMessage) or { dsn }; got ${describeValue(target)}`,
        { option: 'sentry' },
      )
    }
    checkOptions(target)
    this.id = target.id ?? options.id ?? 'sentry'
    this.minSeverity = target.minSeverity ?? options.minSeverity
    this.flushTimeoutMs = target.flushTimeoutMs ?? 4000
    this.client = new BrowserClient({
      dsn: target.dsn,
      environment: target.environment,
      release: target.release,
      // The global fetch, called when a request is made (no probe for a native fetch).
      transport: (transportOptions) =>
        makeFetchTransport(transportOptions, (input, init) => globalThis.fetch(input, init)),
      stackParser: defaultStackParser,
      integrations: [],
      attachStacktrace: false,
      sendClientReports: false,
    })
    this.client.init()
    this.scope = new Scope()
    this.scope.setClient(this.client)
  }

  /**
   * Captures one message. With an isolated client, resolves once the client reports this
   * event's upload answered 2xx (its `afterSendEvent` hook), and rejects on another status, a
   * network error (a blocked request, an answer without a CORS header) or no report within
   * `flushTimeoutMs`. Each send is settled by its own upload, also when sends overlap.
   */
  async send(violation: BudgetViolation): Promise<void> {
    if (this.viaApp !== undefined) return this.viaApp.send(violation)
    const scope = this.scope as Scope
    const context = toSentryContext(violation)
    return captureConfirmed(
      this.client as unknown as SentryHookClient,
      () =>
        scope.captureMessage(SENTRY_ALERT_MESSAGE, context.level, {
          captureContext: { tags: context.tags, extra: context.extra },
        }),
      this.flushTimeoutMs,
      `Sentry did not accept the event within ${this.flushTimeoutMs} ms`,
    )
  }

  /** Flushes and closes the isolated client (no-op with the app's Sentry); resolves true when done. */
  async close(timeoutMs = 2000): Promise<boolean> {
    return this.client === undefined ? true : this.client.close(timeoutMs)
  }
}
