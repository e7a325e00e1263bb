import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { BudgetViolation, Severity } from '../types/metrics'
import { toAlertPayload } from './payload'
import type { AlertDestination } from './types'

/** The message of every Datadog alert log. */
export const DATADOG_ALERT_MESSAGE = 'Performance budget violation'

/** The name of the logger GridKit creates when handed the app's `datadogLogs`. */
export const DATADOG_LOGGER_NAME = 'gridkit-performance'

/** A Datadog browser logger (or anything with `warn` and `error`). */
export interface DatadogLoggerLike {
  /** Logs at status warn. */
  warn(message: string, context?: object): void
  /** Logs at status error. */
  error(message: string, context?: object): void
}

/** The app's `datadogLogs` (from `@datadog/browser-logs`), typed structurally. */
export interface DatadogLogsLike {
  /** The default logger. */
  logger: DatadogLoggerLike
  /** Creates a named logger. */
  createLogger?(name: string, conf?: { level?: 'warn'; handler?: 'http' }): DatadogLoggerLike
  /** Returns a named logger made earlier. */
  getLogger?(name: string): DatadogLoggerLike | undefined
}

/** Options shared by the Datadog destinations. */
export interface DatadogDestinationOptions {
  /** Destination id (default `'datadog'`). */
  id?: string
  /** Violations below this severity are not sent (default: all). */
  minSeverity?: Severity
}

function isLogger(value: unknown): value is DatadogLoggerLike {
  const candidate = value as Partial<DatadogLoggerLike> | null
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.warn === 'function' &&
    typeof candidate.error === 'function'
  )
}

/** True when `value` is a logger or the app's `datadogLogs`. */
export function isDatadogLike(value: unknown): value is DatadogLoggerLike | DatadogLogsLike {
  if (isLogger(value)) return true
  const candidate = value as Partial<DatadogLogsLike> | null
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    (typeof candidate.createLogger === 'function' || isLogger(candidate.logger))
  )
}

function resolveLogger(target: DatadogLoggerLike | DatadogLogsLike): DatadogLoggerLike {
  if (isLogger(target)) return target
  // A logger of our own, at level warn, so the app's default logger level cannot filter alerts.
  const existing = target.getLogger?.(DATADOG_LOGGER_NAME)
  if (existing !== undefined) return existing
  if (target.createLogger !== undefined) {
    return target.createLogger(DATADOG_LOGGER_NAME, { level: 'warn', handler: 'http' })
  }
  return target.logger
}

/**
 * Logs violations through the app's Datadog logger or `datadogLogs` (vendor-free): status
 * warn for warnings, error for error and critical, with the payload as context.
 */
export class DatadogLoggerAlertDestination implements AlertDestination {
  /** Destination id. */
  readonly id: string
  /** Always `'datadog'`. */
  readonly type = 'datadog' as const
  /** Violations below this severity are not sent. */
  readonly minSeverity: Severity | undefined
  private readonly logger: DatadogLoggerLike

  constructor(
    target: DatadogLoggerLike | DatadogLogsLike,
    options: DatadogDestinationOptions = {},
  ) {
    if (!isDatadogLike(target)) {
      throw new GridKitError(
        'INVALID_ALERT_DESTINATION',
        `Datadog alert destination needs the app's datadogLogs or a logger with warn and error; got ${describeValue(target)}`,
        { option: 'datadog.logger' },
      )
    }
    this.logger = resolveLogger(target)
    this.id = options.id ?? 'datadog'
    this.minSeverity = options.minSeverity
  }

  /** Logs one line; the SDK batches and sends it. */
  send(violation: BudgetViolation): Promise<void> {
    const payload = toAlertPayload(violation)
    if (payload.severity === 'warning') this.logger.warn(DATADOG_ALERT_MESSAGE, payload)
    else this.logger.error(DATADOG_ALERT_MESSAGE, payload)
    return Promise.resolve()
  }
}
