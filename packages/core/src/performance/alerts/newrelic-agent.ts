import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { BudgetViolation, Severity } from '../types/metrics'
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

  /** Records the event; the agent harvests it on its own schedule. */
  send(violation: BudgetViolation): Promise<void> {
    const attributes = toFlatAttributes(violation)
    if (typeof this.agent.recordCustomEvent === 'function') {
      this.agent.recordCustomEvent(NEW_RELIC_EVENT_TYPE, attributes)
    } else {
      this.agent.addPageAction?.(NEW_RELIC_EVENT_TYPE, attributes)
    }
    return Promise.resolve()
  }
}
