// The alert system without vendor code (main entry). Vendor-built destinations live in
// sentry.ts, datadog.ts and newrelic.ts, each its own package entry.
export { AlertDispatcher } from './AlertDispatcher'
export { ALERT_DISPATCHER_DEFAULTS } from './dispatcher-options'
export { ConsoleAlertDestination } from './console'
export type { ConsoleAlertDestinationOptions } from './console'
export { createCustomAlertDestination, toAlertDestination } from './custom'
export type { AlertDestinationInput, CustomAlertDestinationOptions } from './custom'
export { createHttpAlertDestination } from './http'
export type { HttpAlertDestinationOptions } from './http'
export { SentryClientAlertDestination, SENTRY_ALERT_MESSAGE } from './sentry-client'
export type { SentryLike, SentryAlertContext, SentryDestinationOptions } from './sentry-client'
export { DatadogLoggerAlertDestination, DATADOG_ALERT_MESSAGE } from './datadog-logger'
export type {
  DatadogLoggerLike,
  DatadogLogsLike,
  DatadogDestinationOptions,
} from './datadog-logger'
export { NewRelicAgentAlertDestination, NEW_RELIC_EVENT_TYPE } from './newrelic-agent'
export type { NewRelicAgentLike, NewRelicDestinationOptions } from './newrelic-agent'
export { resolveAlertsConfig, createAlertDispatcher } from './config'
export type { AlertsConfig, AlertDestinationName, ResolvedAlertsConfig } from './config'
export { toAlertPayload, formatViolationLine } from './payload'
export { describeDeliveryError } from './delivery-error'
export type {
  AlertDestination,
  AlertDestinationType,
  AlertDeliveryStats,
  AlertFunction,
  AlertSender,
  AlertQueueStats,
  AlertErrorContext,
  AlertScheduler,
  AlertRateLimit,
  AlertDispatcherOptions,
} from './types'
