import { GridKitError, describeValue } from '../../errors/GridKitError'
import { defaultClock } from '../monitor/clock'
import type { BudgetViolation } from '../types/metrics'
import { SEVERITY_RANK, isSeverity } from './payload'
import { createWarnOnce } from './delivery-error'
import type { AlertErrorContext, AlertRateLimit, AlertScheduler } from './types'

/** Dispatcher options with every default filled in. */
export interface ResolvedDispatcherOptions {
  timeoutMs: number
  cooldownMs: number
  rateLimit: AlertRateLimit | false
  maxQueue: number
  beforeSend: ((violation: BudgetViolation) => BudgetViolation | null | undefined) | undefined
  onError: (error: unknown, context: AlertErrorContext) => void
  minRank: number
  now: () => number
  scheduler: AlertScheduler
  /** Timers of `flush`: the injected scheduler, else global timers that keep Node alive. */
  waitScheduler: AlertScheduler
}

/** Defaults of {@link AlertDispatcherOptions}. */
export const ALERT_DISPATCHER_DEFAULTS = {
  timeoutMs: 5000,
  cooldownMs: 60_000,
  rateLimit: { max: 30, intervalMs: 60_000 },
  maxQueue: 1000,
} as const

/** Global timers; Node timers are unref'd so a pending alert timeout never holds a process open. */
export const globalAlertScheduler: AlertScheduler = {
  setTimeout(fn, ms) {
    const handle: unknown = globalThis.setTimeout(fn, ms)
    if (typeof handle === 'object' && handle !== null && 'unref' in handle) {
      const { unref } = handle
      if (typeof unref === 'function') unref.call(handle)
    }
    return handle
  },
  clearTimeout(handle) {
    globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0])
  },
}

/**
 * Global timers left ref'd: an app that awaits `flushAlerts(ms)` must get its answer, and
 * with only unref'd timers Node would exit before it (exit code 13, issue 10 §5).
 */
export const globalWaitScheduler: AlertScheduler = {
  setTimeout(fn, ms) {
    return globalThis.setTimeout(fn, ms)
  },
  clearTimeout(handle) {
    globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0])
  },
}

function invalid(option: string, accepted: string, value: unknown): GridKitError {
  return new GridKitError(
    'INVALID_OPTION',
    `alerts option "${option}" must be ${accepted}; got ${describeValue(value)}`,
    { option },
  )
}

function number(value: unknown, option: string, min: number, integer: boolean): number | undefined {
  if (value === undefined) return undefined
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    (!integer || Number.isInteger(value))
  if (!ok) {
    const kind = integer ? 'an integer' : 'a finite number'
    throw invalid(option, `${kind} >= ${min}${integer ? '' : ' (ms)'}`, value)
  }
  return value
}

function fn(value: unknown, option: string): unknown {
  if (value !== undefined && typeof value !== 'function') throw invalid(option, 'a function', value)
  return value
}

function rateLimit(value: unknown): AlertRateLimit | false | undefined {
  if (value === undefined || value === false) return value
  if (typeof value !== 'object' || value === null) {
    throw invalid('rateLimit', '{ max, intervalMs } or false', value)
  }
  const { max, intervalMs } = value as Partial<AlertRateLimit>
  return {
    max: number(max, 'rateLimit.max', 1, true) ?? ALERT_DISPATCHER_DEFAULTS.rateLimit.max,
    intervalMs:
      number(intervalMs, 'rateLimit.intervalMs', 1, false) ??
      ALERT_DISPATCHER_DEFAULTS.rateLimit.intervalMs,
  }
}

function minRank(value: unknown): number {
  if (value === undefined) return 0
  if (!isSeverity(value)) throw invalid('minSeverity', "'warning', 'error' or 'critical'", value)
  return SEVERITY_RANK[value]
}

function scheduler(value: unknown): AlertScheduler | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'object' && value !== null) {
    const candidate = value as Partial<AlertScheduler>
    if (
      typeof candidate.setTimeout === 'function' &&
      typeof candidate.clearTimeout === 'function'
    ) {
      return value as AlertScheduler
    }
  }
  throw invalid('scheduler', 'an object with setTimeout(fn, ms) and clearTimeout(handle)', value)
}

function schedulers(
  injected: AlertScheduler | undefined,
): Pick<ResolvedDispatcherOptions, 'scheduler' | 'waitScheduler'> {
  if (injected !== undefined) return { scheduler: injected, waitScheduler: injected }
  return { scheduler: globalAlertScheduler, waitScheduler: globalWaitScheduler }
}

/** Validates dispatcher options and fills in defaults; throws `GridKitError` naming the option. */
export function resolveDispatcherOptions(options: unknown): ResolvedDispatcherOptions {
  if (options === undefined) options = {}
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalid('options', 'an object', options)
  }
  const o = options as Record<string, unknown>
  return {
    timeoutMs: number(o.timeoutMs, 'timeoutMs', 1, false) ?? ALERT_DISPATCHER_DEFAULTS.timeoutMs,
    cooldownMs:
      number(o.cooldownMs, 'cooldownMs', 0, false) ?? ALERT_DISPATCHER_DEFAULTS.cooldownMs,
    rateLimit: rateLimit(o.rateLimit) ?? ALERT_DISPATCHER_DEFAULTS.rateLimit,
    maxQueue: number(o.maxQueue, 'maxQueue', 1, true) ?? ALERT_DISPATCHER_DEFAULTS.maxQueue,
    beforeSend: fn(o.beforeSend, 'beforeSend') as ResolvedDispatcherOptions['beforeSend'],
    onError: (fn(o.onError, 'onError') ?? createWarnOnce()) as ResolvedDispatcherOptions['onError'],
    minRank: minRank(o.minSeverity),
    now: (fn(o.now, 'now') ?? defaultClock) as ResolvedDispatcherOptions['now'],
    ...schedulers(scheduler(o.scheduler)),
  }
}
