import { describe, expect, it } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { AlertDispatcher } from '../AlertDispatcher'
import { ALERT_DISPATCHER_DEFAULTS, resolveDispatcherOptions } from '../dispatcher-options'

function errorOf(options: unknown): GridKitError {
  try {
    new AlertDispatcher(options as never)
  } catch (error) {
    return error as GridKitError
  }
  throw new Error('expected a GridKitError')
}

describe('AlertDispatcher options', () => {
  it('fills defaults', () => {
    const resolved = resolveDispatcherOptions(undefined)
    expect(resolved).toMatchObject({
      timeoutMs: ALERT_DISPATCHER_DEFAULTS.timeoutMs,
      cooldownMs: 60_000,
      rateLimit: { max: 30, intervalMs: 60_000 },
      maxQueue: 1000,
      minRank: 0,
    })
    expect(resolveDispatcherOptions({ rateLimit: { max: 2 } }).rateLimit).toEqual({
      max: 2,
      intervalMs: 60_000,
    })
    expect(resolveDispatcherOptions({ rateLimit: {} }).rateLimit).toEqual({
      max: 30,
      intervalMs: 60_000,
    })
    expect(resolveDispatcherOptions({ rateLimit: false, minSeverity: 'error' })).toMatchObject({
      rateLimit: false,
      minRank: 1,
    })
  })

  it.each([
    [[], 'options'],
    [{ timeoutMs: 0 }, 'timeoutMs'],
    [{ timeoutMs: Number.POSITIVE_INFINITY }, 'timeoutMs'],
    [{ cooldownMs: -1 }, 'cooldownMs'],
    [{ maxQueue: 1.5 }, 'maxQueue'],
    [{ rateLimit: 5 }, 'rateLimit'],
    [{ rateLimit: { max: 0 } }, 'rateLimit.max'],
    [{ rateLimit: { intervalMs: '1s' } }, 'rateLimit.intervalMs'],
    [{ beforeSend: 'no' }, 'beforeSend'],
    [{ onError: {} }, 'onError'],
    [{ now: 1 }, 'now'],
    [{ scheduler: { setTimeout() {} } }, 'scheduler'],
    [{ scheduler: null }, 'scheduler'],
    [{ minSeverity: 'fatal' }, 'minSeverity'],
  ])('refuses %j naming %s', (options, option) => {
    const error = errorOf(options)
    expect(error).toBeInstanceOf(GridKitError)
    expect(error.code).toBe('INVALID_OPTION')
    expect(error.message).toContain(`"${option}"`)
    expect(error.details).toEqual({ option })
  })
})
