// Entry `@gridkit/core/alerts/datadog`: the only file that imports @datadog/browser-logs.
import { datadogLogs } from '@datadog/browser-logs'
import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { BudgetViolation, Severity } from '../types/metrics'
import {
  DatadogLoggerAlertDestination,
  type DatadogDestinationOptions,
  type DatadogLoggerLike,
  type DatadogLogsLike,
  isDatadogLike,
} from './datadog-logger'
import type { AlertDestination } from './types'

export type {
  DatadogLoggerLike,
  DatadogLogsLike,
  DatadogDestinationOptions,
} from './datadog-logger'

/** Options to set up Datadog browser logs when the app has not (a client token, never an API key). */
export interface DataDogAlertOptions extends DatadogDestinationOptions {
  /** A Datadog client token (safe in browsers). Never logged. */
  clientToken: string
  /** The Datadog site, e.g. `'datadoghq.com'` or `'datadoghq.eu'`. */
  site: string
  /** Service name of the logs. */
  service?: string
  /** Environment of the logs. */
  env?: string
  /** A proxy URL the SDK posts to instead of Datadog's intake. */
  proxy?: string
}

const API_KEY_MESSAGE =
  'DataDogAlertDestination does not take an "apiKey": Datadog API keys grant access to your ' +
  'whole organization and must never ship to browsers. Create a client token (Organization ' +
  'Settings > Client Tokens) and pass { clientToken, site }, or pass your own datadogLogs.'

function invalid(option: string, accepted: string, value: unknown): GridKitError {
  return new GridKitError(
    'INVALID_ALERT_DESTINATION',
    `DataDogAlertDestination option "${option}" must be ${accepted}; got ${describeValue(value)}`,
    { option },
  )
}

function checkOptions(options: DataDogAlertOptions): void {
  if ('apiKey' in options) {
    throw new GridKitError('INVALID_ALERT_DESTINATION', API_KEY_MESSAGE, { option: 'apiKey' })
  }
  if (typeof options.clientToken !== 'string' || options.clientToken.length === 0) {
    // Not echoed: a token-shaped string is a secret even when it is malformed.
    throw new GridKitError(
      'INVALID_ALERT_DESTINATION',
      'DataDogAlertDestination option "clientToken" must be a non-empty Datadog client token string',
      { option: 'clientToken' },
    )
  }
  for (const key of ['site', 'service', 'env', 'proxy'] as const) {
    const value = options[key]
    const required = key === 'site'
    if ((required || value !== undefined) && (typeof value !== 'string' || value.length === 0)) {
      throw invalid(key, 'a non-empty string', value)
    }
  }
}

function initUnlessInitialised(options: DataDogAlertOptions): void {
  // The SDK is a page-global singleton that refuses a second init: the app's init wins.
  if (datadogLogs.getInitConfiguration() !== undefined) return
  datadogLogs.init({
    clientToken: options.clientToken,
    site: options.site,
    service: options.service,
    env: options.env,
    proxy: options.proxy,
    forwardErrorsToLogs: false,
    forwardConsoleLogs: [],
    forwardReports: [],
    sessionSampleRate: 100,
    telemetrySampleRate: 0,
  })
}

/**
 * Logs violations to Datadog: through the app's `datadogLogs` or logger, or, given
 * `{ clientToken, site }`, through `datadogLogs` initialised here only if the app has not.
 */
export class DataDogAlertDestination implements AlertDestination {
  /** Destination id (default `'datadog'`). */
  readonly id: string
  /** Always `'datadog'`. */
  readonly type = 'datadog' as const
  /** Violations below this severity are not sent. */
  readonly minSeverity: Severity | undefined
  private readonly inner: DatadogLoggerAlertDestination

  constructor(
    target: DatadogLoggerLike | DatadogLogsLike | DataDogAlertOptions,
    options: DatadogDestinationOptions = {},
  ) {
    if (typeof target !== 'object' || (target as unknown) === null) {
      throw invalid('target', "the app's datadogLogs, a logger, or { clientToken, site }", target)
    }
    if (isDatadogLike(target) && !('apiKey' in target)) {
      this.inner = new DatadogLoggerAlertDestination(target, options)
    } else {
      const settings = target as DataDogAlertOptions
      checkOptions(settings)
      initUnlessInitialised(settings)
      this.inner = new DatadogLoggerAlertDestination(datadogLogs, {
        id: settings.id ?? options.id,
        minSeverity: settings.minSeverity ?? options.minSeverity,
      })
    }
    this.id = this.inner.id
    this.minSeverity = this.inner.minSeverity
  }

  /** Logs one line at warn (warning) or error (error, critical); the SDK batches the upload. */
  send(violation: BudgetViolation): Promise<void> {
    return this.inner.send(violation)
  }
}
