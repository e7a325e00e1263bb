import type { BudgetViolation, Severity } from '../types/metrics'
import {
  SENTRY_ALERT_MESSAGE,
  type SentryAlertContext,
  type SentryDestinationOptions,
  toSentryContext,
} from './sentry-client'
import { captureThroughApp } from './sentry-confirm'
import type { AlertDestination } from './types'

/** What GridKit needs of a Sentry scope (v8+) or hub (v7): a client and `captureMessage`. */
interface SentryScopeLike {
  getClient(): unknown
  captureMessage(message: string, level?: string, hint?: object): unknown
}

/** One SDK copy's entry in Sentry's global carrier (`globalThis.__SENTRY__[version]`). */
interface SentryCarrierEntry {
  acs?: { getCurrentScope?: () => unknown }
  stack?: { getScope?: () => unknown }
  defaultCurrentScope?: unknown
}

function isScope(value: unknown): value is SentryScopeLike {
  const scope = value as Partial<SentryScopeLike> | null | undefined
  return (
    typeof scope === 'object' &&
    scope !== null &&
    typeof scope.getClient === 'function' &&
    typeof scope.captureMessage === 'function'
  )
}

function hasClient(scope: SentryScopeLike): boolean {
  try {
    return scope.getClient() !== undefined
  } catch {
    return false
  }
}

// The scope `Sentry.captureMessage` would use, as Sentry itself finds it (v8-v11): the async
// context strategy when one is set, else the scope stack, else the default current scope.
function currentScopeOf(entry: unknown): SentryScopeLike | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined
  const carrier = entry as SentryCarrierEntry
  const candidates = [
    carrier.acs?.getCurrentScope?.(),
    carrier.stack?.getScope?.(),
    carrier.defaultCurrentScope,
  ]
  return candidates.find((scope): scope is SentryScopeLike => isScope(scope) && hasClient(scope))
}

/**
 * Finds the Sentry SDK the app set up with `Sentry.init` on this page (or process), through the
 * global carrier every Sentry SDK since v7 registers: the SDK copy that loaded first, then any
 * other copy with a client, then a v7 hub. Undefined when no Sentry client is set up.
 */
export function findPageSentry(global: object = globalThis): SentryScopeLike | undefined {
  const carrier = (global as { __SENTRY__?: unknown }).__SENTRY__
  if (typeof carrier !== 'object' || carrier === null) return undefined
  const record = carrier as Record<string, unknown>
  const main = typeof record.version === 'string' ? record[record.version] : undefined
  const found = currentScopeOf(main)
  if (found !== undefined) return found
  for (const [key, entry] of Object.entries(record)) {
    if (key === 'version' || entry === main) continue
    const scope = currentScopeOf(entry)
    if (scope !== undefined) return scope
  }
  const hub = record.hub
  return isScope(hub) && hasClient(hub) ? hub : undefined
}

/** The reason a `'sentry'` alert without a client fails when the page has no Sentry set up. */
export const NO_PAGE_SENTRY =
  'Sentry is not set up on this page: call Sentry.init before alerts are sent, or pass alerts.sentry.client or a SentryAlertDestination with { dsn }'

/**
 * The `'sentry'` name without `alerts.sentry.client` (the specification's
 * `destinations: ['console', 'sentry']`): each alert goes through the app's own Sentry, found on
 * the page when it is sent, so the table may be created before `Sentry.init` runs. Nothing from
 * `@sentry/*` is imported. With no Sentry on the page `send` rejects (the alert counts as failed).
 */
export class PageSentryAlertDestination implements AlertDestination {
  /** Destination id (default `'sentry'`). */
  readonly id: string
  /** Always `'sentry'`. */
  readonly type = 'sentry' as const
  /** Violations below this severity are not sent. */
  readonly minSeverity: Severity | undefined
  private readonly global: object

  constructor(options: SentryDestinationOptions = {}, global: object = globalThis) {
    this.id = options.id ?? 'sentry'
    this.minSeverity = options.minSeverity
    this.global = global
  }

  /**
   * Captures one message on the app's current Sentry scope. With a Sentry client that has hooks
   * (v8+), resolves once the SDK reports the upload answered 2xx and rejects on a network error
   * (a blocked request), another HTTP status, or no upload within 4000 ms; with older SDKs it
   * resolves once the SDK took the event.
   */
  send(violation: BudgetViolation): Promise<void> {
    const scope = findPageSentry(this.global)
    if (scope === undefined) return Promise.reject(new Error(NO_PAGE_SENTRY))
    const context: SentryAlertContext = toSentryContext(violation)
    // Scope#captureMessage(message, level, hint) is what Sentry.captureMessage(message, context) calls.
    return captureThroughApp(scope, () =>
      scope.captureMessage(SENTRY_ALERT_MESSAGE, context.level, { captureContext: context }),
    )
  }
}
