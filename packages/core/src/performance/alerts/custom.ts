import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { BudgetViolation, Severity } from '../types/metrics'
import { isSeverity } from './payload'
import type { AlertDestination, AlertDestinationType, AlertFunction, AlertSender } from './types'

/** Options of {@link createCustomAlertDestination}. */
export interface CustomAlertDestinationOptions {
  /** Destination id (default `custom-<n>`). */
  id?: string
  /** Violations below this severity are not sent (default: all). */
  minSeverity?: Severity
}

/** Anything `AlertDispatcher.add` and the `alerts.destinations` option accept. */
export type AlertDestinationInput = AlertDestination | AlertFunction | AlertSender

const DESTINATION_TYPES: readonly AlertDestinationType[] = [
  'console',
  'sentry',
  'datadog',
  'newrelic',
  'custom',
]

let generatedIds = 0

function checkId(id: unknown, option: string): string | undefined {
  if (id === undefined) return undefined
  if (typeof id !== 'string' || id.length === 0) {
    throw new GridKitError(
      'INVALID_ALERT_DESTINATION',
      `${option}.id must be a non-empty string; got ${describeValue(id)}`,
      { option: `${option}.id` },
    )
  }
  return id
}

function checkMinSeverity(value: unknown, option: string): Severity | undefined {
  if (value === undefined || isSeverity(value)) return value
  throw new GridKitError(
    'INVALID_ALERT_DESTINATION',
    `${option}.minSeverity must be 'warning', 'error' or 'critical'; got ${describeValue(value)}`,
    { option: `${option}.minSeverity` },
  )
}

/**
 * Wraps a function or an object with `send` as a destination of type `'custom'`.
 * A synchronous return or throw is fine: the dispatcher turns both into a settled promise.
 */
export function createCustomAlertDestination(
  target: AlertFunction | AlertSender,
  options: CustomAlertDestinationOptions = {},
): AlertDestination {
  const option = 'custom alert destination'
  const send: AlertFunction | undefined =
    typeof target === 'function'
      ? target
      : typeof (target as Partial<AlertSender> | null)?.send === 'function'
        ? (violation: BudgetViolation) => target.send(violation)
        : undefined
  if (send === undefined) {
    throw new GridKitError(
      'INVALID_ALERT_DESTINATION',
      `${option} must be a function or an object with a send(violation) method; got ${describeValue(target)}`,
      { option },
    )
  }
  const fromTarget = typeof target === 'function' ? undefined : target
  const id = checkId(options.id, option) ?? checkId(fromTarget?.id, option)
  generatedIds += 1
  return {
    id: id ?? `custom-${generatedIds}`,
    type: 'custom',
    ...(typeof fromTarget?.sendOnExit === 'function'
      ? { sendOnExit: (violations) => fromTarget.sendOnExit?.(violations) === true }
      : {}),
    minSeverity: checkMinSeverity(options.minSeverity ?? fromTarget?.minSeverity, option),
    // The executor turns a synchronous throw into a rejection; a returned promise is adopted.
    send: (violation) =>
      new Promise<void>((resolve) => {
        resolve(send(violation))
      }),
  }
}

function isFullDestination(value: object): value is AlertDestination {
  const candidate = value as Partial<AlertDestination>
  return (
    typeof candidate.id === 'string' &&
    typeof candidate.send === 'function' &&
    DESTINATION_TYPES.includes(candidate.type as AlertDestinationType)
  )
}

/**
 * Turns any accepted destination form into an {@link AlertDestination}, or throws a
 * `GridKitError` (code `INVALID_ALERT_DESTINATION`) naming `option`.
 */
export function toAlertDestination(input: unknown, option = 'destination'): AlertDestination {
  if (typeof input === 'function') {
    return createCustomAlertDestination(input as AlertFunction)
  }
  if (
    typeof input !== 'object' ||
    input === null ||
    typeof (input as AlertSender).send !== 'function'
  ) {
    throw new GridKitError(
      'INVALID_ALERT_DESTINATION',
      `${option} must be an AlertDestination, a function, or an object with a send(violation) method; got ${describeValue(input)}`,
      { option },
    )
  }
  if (isFullDestination(input)) {
    checkId(input.id, option)
    checkMinSeverity(input.minSeverity, option)
    return input
  }
  const sender = input as AlertSender
  return createCustomAlertDestination(sender, {
    id: checkId(sender.id, option),
    minSeverity: checkMinSeverity(sender.minSeverity, option),
  })
}
