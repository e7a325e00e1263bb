import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { BudgetViolation, Severity } from '../types/metrics'
import { globalAlertScheduler } from './dispatcher-options'
import { toFlatAttributes } from './payload'
import type { AlertDestination } from './types'

/** The New Relic event type of every alert (query it with NRQL `FROM GridKitBudgetViolation`). */
export const NEW_RELIC_EVENT_TYPE = 'GridKitBudgetViolation'

/** The app's New Relic browser agent, typed structurally: one of the two methods is needed. */
export interface NewRelicAgentLike {
  /** Records a custom event (browser agent 1.277+). */
  recordCustomEvent?(eventType: string, attributes?: object): unknown
  /** Records a PageAction (older agents). */
  addPageAction?(name: string, attributes?: object): unknown
}

/** Options of the New Relic destination. */
export interface NewRelicDestinationOptions {
  /** Destination id (default `'newrelic'`). */
  id?: string
  /** Violations below this severity are not sent (default: all). */
  minSeverity?: Severity
}

/** How long a send waits for a starting agent to hear from its beacon, in ms. */
export const NEW_RELIC_CONFIRM_TIMEOUT_MS = 4000

/** Why a send failed when the agent had stopped: it drops every event from then on. */
export const NEW_RELIC_STOPPED =
  'New Relic agent stopped: its first beacon call failed (blocked, CORS or HTTP error)'

/** What the New Relic browser agent (1.2xx) shows of its state; plain objects have none of it. */
interface AgentInternals {
  ee?: { aborted?: unknown } | null
  runtime?: { activatedFeatures?: { ins?: unknown } | null } | null
}

/**
 * The agent's state, read from its event emitter (`ee.aborted`: the agent stopped) and runtime
 * (`activatedFeatures`: the flags its beacon answered the first call with; `ins` is custom
 * events and page actions): the reason a send failed, `''` when the agent runs (or the object
 * has no such state: another agent build, a double), undefined while the agent starts.
 */
function failureOf(agent: NewRelicAgentLike): string | undefined {
  try {
    const { ee, runtime } = agent as AgentInternals
    if (typeof ee !== 'object' || ee === null || typeof runtime !== 'object' || runtime === null) {
      return ''
    }
    if (ee.aborted === true) return NEW_RELIC_STOPPED
    const flags = runtime.activatedFeatures
    if (typeof flags !== 'object' || flags === null) return undefined
    return flags.ins ? '' : 'New Relic turned custom events off (flag ins)'
  } catch {
    return ''
  }
}

/** Settles a send from the agent's state, polling every 100 ms while it starts. */
function confirm(agent: NewRelicAgentLike, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const started = Date.now()
    const check = (): void => {
      let failure = failureOf(agent)
      if (failure === undefined && Date.now() - started >= timeoutMs) {
        failure = `New Relic agent had no beacon answer within ${timeoutMs} ms (unconfirmed)`
      }
      if (failure === undefined) globalAlertScheduler.setTimeout(check, 100)
      else if (failure === '') resolve()
      else reject(new Error(failure))
    }
    check()
  })
}

/** True when `value` has `recordCustomEvent` or `addPageAction`. */
export function isNewRelicLike(value: unknown): value is NewRelicAgentLike {
  const candidate = value as NewRelicAgentLike | null
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    (typeof candidate.recordCustomEvent === 'function' ||
      typeof candidate.addPageAction === 'function')
  )
}

/**
 * Records one `GridKitBudgetViolation` custom event per violation through the app's agent
 * (flat attributes); falls back to `addPageAction` on agents without `recordCustomEvent`.
 */
export class NewRelicAgentAlertDestination implements AlertDestination {
  /** Destination id. */
  readonly id: string
  /** Always `'newrelic'`. */
  readonly type = 'newrelic' as const
  /** Violations below this severity are not sent. */
  readonly minSeverity: Severity | undefined
  private readonly agent: NewRelicAgentLike

  constructor(agent: NewRelicAgentLike, options: NewRelicDestinationOptions = {}) {
    if (!isNewRelicLike(agent)) {
      throw new GridKitError(
        'INVALID_ALERT_DESTINATION',
        `New Relic alert destination needs the app's browser agent (with recordCustomEvent or addPageAction); got ${describeValue(agent)}`,
        { option: 'newrelic.agent' },
      )
    }
    this.agent = agent
    this.id = options.id ?? 'newrelic'
    this.minSeverity = options.minSeverity
  }

  /**
   * Records the event, then settles from the agent's state (the agent harvests the event on its
   * own schedule and reports no result per event). Resolves when the agent runs with custom
   * events on; rejects when it has stopped (its first call to the beacon failed, so it drops
   * every event) or its beacon turned custom events off; while the agent waits for that first
   * answer, waits up to 4000 ms for it. An object without the agent's state (not the
   * `@newrelic/browser-agent` agent) resolves once it took the event.
   */
  send(violation: BudgetViolation): Promise<void> {
    const attributes = toFlatAttributes(violation)
    if (typeof this.agent.recordCustomEvent === 'function') {
      this.agent.recordCustomEvent(NEW_RELIC_EVENT_TYPE, attributes)
    } else {
      this.agent.addPageAction?.(NEW_RELIC_EVENT_TYPE, attributes)
    }
    return confirm(this.agent, NEW_RELIC_CONFIRM_TIMEOUT_MS)
  }
}
