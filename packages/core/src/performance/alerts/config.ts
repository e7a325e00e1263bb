import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { Severity } from '../types/metrics'
import { AlertDispatcher } from './AlertDispatcher'
import { ConsoleAlertDestination } from './console'
import { type AlertDestinationInput, toAlertDestination } from './custom'
import {
  DatadogLoggerAlertDestination,
  type DatadogLoggerLike,
  type DatadogLogsLike,
  isDatadogLike,
} from './datadog-logger'
import { redactSecrets } from './delivery-error'
import { resolveDispatcherOptions } from './dispatcher-options'
import {
  NewRelicAgentAlertDestination,
  type NewRelicAgentLike,
  isNewRelicLike,
} from './newrelic-agent'
import { SentryClientAlertDestination, type SentryLike, isSentryLike } from './sentry-client'
import { PageSentryAlertDestination } from './sentry-page'
import type { AlertDestination, AlertDispatcherOptions } from './types'

/** The destinations that may be named by a string in `alerts.destinations`. */
export type AlertDestinationName = 'console' | 'sentry' | 'datadog' | 'newrelic'

/** The `alerts` option of the table's performance feature and of the monitor. */
export interface AlertsConfig extends Omit<
  AlertDispatcherOptions,
  'now' | 'scheduler' | 'minSeverity'
> {
  /** Alerts are on unless this is false. */
  enabled?: boolean
  /** Destinations: objects, functions, or names whose SDK object is passed below. */
  destinations: (AlertDestinationInput | AlertDestinationName)[]
  /** The app's Sentry, for the `'sentry'` name (default: the Sentry set up on the page by `Sentry.init`). */
  sentry?: { client: SentryLike }
  /** The app's `datadogLogs` or a logger, for the `'datadog'` name. */
  datadog?: { logger: DatadogLoggerLike | DatadogLogsLike }
  /** The app's New Relic browser agent, for the `'newrelic'` name. */
  newrelic?: { agent: NewRelicAgentLike }
  /** Violations below this severity are not alerted at all (default: all). */
  minSeverity?: Severity
}

/** `alerts` after validation: destinations ready to add, and dispatcher options. */
export interface ResolvedAlertsConfig {
  /** False when alerts are off (no dispatcher needed). */
  enabled: boolean
  /** Validated destinations with unique ids. */
  destinations: AlertDestination[]
  /** Options for `new AlertDispatcher(...)`. */
  dispatcher: AlertDispatcherOptions
}

const NAMES = "'console', 'sentry', 'datadog', 'newrelic'"

function missing(
  option: string,
  name: string,
  needed: string,
  vendorClass: string,
  vendorHint: string,
): GridKitError {
  return new GridKitError(
    'INVALID_OPTION',
    `${option} is '${name}' but alerts.${needed} is missing. Pass your app's SDK object ` +
      `(alerts: { destinations: ['${name}'], ${needed.replace('.', ': { ')}: ... } }), or construct ` +
      `${vendorClass} from '@gridkit/core/alerts/${name}' ${vendorHint} and put it in destinations.`,
    { option: `alerts.${needed}` },
  )
}

function wrongSdk(option: string, accepted: string, value: unknown): GridKitError {
  return new GridKitError(
    'INVALID_ALERT_DESTINATION',
    `alerts.${option} must be your app's ${accepted}; got ${describeValue(value)}`,
    { option: `alerts.${option}` },
  )
}

function field(
  config: AlertsConfig,
  section: 'sentry' | 'datadog' | 'newrelic',
  key: string,
): unknown {
  const value: unknown = config[section]
  if (value === undefined) return undefined
  if (typeof value !== 'object' || value === null) {
    throw new GridKitError(
      'INVALID_OPTION',
      `alerts.${section} must be an object like { ${key}: ... }; got ${describeValue(value)}`,
      { option: `alerts.${section}` },
    )
  }
  return (value as Record<string, unknown>)[key]
}

function fromName(
  name: AlertDestinationName,
  config: AlertsConfig,
  option: string,
): AlertDestination {
  switch (name) {
    case 'console':
      return new ConsoleAlertDestination()
    case 'sentry': {
      const client = field(config, 'sentry', 'client')
      // No client: the app's own Sentry, found on the page at send time (the spec's example).
      if (client === undefined) return new PageSentryAlertDestination()
      if (!isSentryLike(client))
        throw wrongSdk('sentry.client', 'Sentry (with captureMessage)', client)
      return new SentryClientAlertDestination(client)
    }
    case 'datadog': {
      const logger = field(config, 'datadog', 'logger')
      if (logger === undefined) {
        throw missing(
          option,
          name,
          'datadog.logger',
          'DataDogAlertDestination',
          'with { clientToken, site }',
        )
      }
      if (!isDatadogLike(logger)) {
        throw wrongSdk('datadog.logger', 'datadogLogs or a logger (with warn and error)', logger)
      }
      return new DatadogLoggerAlertDestination(logger)
    }
    case 'newrelic': {
      const agent = field(config, 'newrelic', 'agent')
      if (agent === undefined) {
        throw missing(option, name, 'newrelic.agent', 'NewRelicAlertDestination', 'with your agent')
      }
      if (!isNewRelicLike(agent)) {
        throw wrongSdk(
          'newrelic.agent',
          'browser agent (with recordCustomEvent or addPageAction)',
          agent,
        )
      }
      return new NewRelicAgentAlertDestination(agent)
    }
  }
}

function toDestination(entry: unknown, config: AlertsConfig, option: string): AlertDestination {
  if (typeof entry !== 'string') return toAlertDestination(entry, option)
  if (entry === 'console' || entry === 'sentry' || entry === 'datadog' || entry === 'newrelic') {
    return fromName(entry, config, option)
  }
  throw new GridKitError(
    'INVALID_ALERT_DESTINATION',
    `${option} must be one of ${NAMES}, an AlertDestination, a function, or an object with send(violation); got ${describeValue(entry)}`,
    { option },
  )
}

/**
 * Validates the `alerts` option and resolves named destinations against the SDK objects
 * passed beside them. Throws `GridKitError` naming the bad or missing option.
 */
export function resolveAlertsConfig(config: unknown): ResolvedAlertsConfig {
  if (config === undefined) return { enabled: false, destinations: [], dispatcher: {} }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new GridKitError(
      'INVALID_OPTION',
      `alerts must be an object like { destinations: ['console'] }; got ${describeValue(config)}`,
      { option: 'alerts' },
    )
  }
  const alerts = config as AlertsConfig
  if (alerts.enabled !== undefined && typeof alerts.enabled !== 'boolean') {
    throw new GridKitError(
      'INVALID_OPTION',
      `alerts.enabled must be a boolean; got ${describeValue(alerts.enabled)}`,
      { option: 'alerts.enabled' },
    )
  }
  if (!Array.isArray(alerts.destinations)) {
    throw new GridKitError(
      'INVALID_OPTION',
      `alerts.destinations must be an array, e.g. ['console']; got ${describeValue(alerts.destinations)}`,
      { option: 'alerts.destinations' },
    )
  }
  const dispatcher: AlertDispatcherOptions = {
    timeoutMs: alerts.timeoutMs,
    cooldownMs: alerts.cooldownMs,
    rateLimit: alerts.rateLimit,
    maxQueue: alerts.maxQueue,
    beforeSend: alerts.beforeSend,
    onError: alerts.onError,
    minSeverity: alerts.minSeverity,
  }
  for (const key of Object.keys(dispatcher) as (keyof AlertDispatcherOptions)[]) {
    if (dispatcher[key] === undefined) Reflect.deleteProperty(dispatcher, key)
  }
  resolveDispatcherOptions(dispatcher)
  const seen = new Set<string>()
  const destinations = alerts.destinations.map((entry: unknown, index) => {
    const option = `alerts.destinations[${index}]`
    const destination = toDestination(entry, alerts, option)
    if (seen.has(destination.id)) {
      throw new GridKitError(
        'INVALID_ALERT_DESTINATION',
        `${option} has the id "${redactSecrets(destination.id)}" of an earlier destination; give each destination its own id`,
        { option },
      )
    }
    seen.add(destination.id)
    return destination
  })
  return { enabled: alerts.enabled !== false, destinations, dispatcher }
}

/** Resolves `alerts` and returns a dispatcher with its destinations added, or undefined when off. */
export function createAlertDispatcher(
  config: unknown,
  overrides: Pick<AlertDispatcherOptions, 'now' | 'scheduler'> = {},
): AlertDispatcher | undefined {
  const resolved = resolveAlertsConfig(config)
  if (!resolved.enabled) return undefined
  const dispatcher = new AlertDispatcher({ ...resolved.dispatcher, ...overrides })
  for (const destination of resolved.destinations) dispatcher.add(destination)
  return dispatcher
}
