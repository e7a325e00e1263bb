import { describe, expect, it, vi } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { createAlertDispatcher, resolveAlertsConfig } from '../config'
import { ManualScheduler } from './manual-scheduler'
import { violation } from './violations'

function errorOf(config: unknown): GridKitError {
  try {
    resolveAlertsConfig(config)
  } catch (error) {
    return error as GridKitError
  }
  throw new Error('expected a GridKitError')
}

const sentry = { captureMessage: vi.fn() }
const datadogLogs = { logger: { warn: vi.fn(), error: vi.fn() } }
const agent = { recordCustomEvent: vi.fn() }

describe('resolveAlertsConfig', () => {
  it('is off when absent or enabled is false', () => {
    expect(resolveAlertsConfig(undefined)).toEqual({
      enabled: false,
      destinations: [],
      dispatcher: {},
    })
    expect(resolveAlertsConfig({ enabled: false, destinations: ['console'] }).enabled).toBe(false)
  })

  it('resolves names against the SDK objects given beside them', () => {
    const custom = vi.fn()
    const resolved = resolveAlertsConfig({
      destinations: [
        'console',
        'sentry',
        'datadog',
        'newrelic',
        custom,
        { id: 'hook', send: custom },
      ],
      sentry: { client: sentry },
      datadog: { logger: datadogLogs },
      newrelic: { agent },
      cooldownMs: 1000,
      rateLimit: { max: 3, intervalMs: 1000 },
      minSeverity: 'error',
    })
    expect(resolved.enabled).toBe(true)
    expect(resolved.destinations.map((d) => [d.id, d.type])).toEqual([
      ['console', 'console'],
      ['sentry', 'sentry'],
      ['datadog', 'datadog'],
      ['newrelic', 'newrelic'],
      [expect.stringMatching(/^custom-\d+$/), 'custom'],
      ['hook', 'custom'],
    ])
    expect(resolved.dispatcher).toEqual({
      cooldownMs: 1000,
      rateLimit: { max: 3, intervalMs: 1000 },
      minSeverity: 'error',
    })
  })

  it.each([
    [
      'sentry',
      'alerts.sentry.client',
      /SentryAlertDestination from '@gridkit\/core\/alerts\/sentry' with \{ dsn \}/,
    ],
    ['datadog', 'alerts.datadog.logger', /DataDogAlertDestination .* \{ clientToken, site \}/],
    ['newrelic', 'alerts.newrelic.agent', /NewRelicAlertDestination/],
  ])('a name without its SDK object (%s) says what to pass', (name, option, hint) => {
    const error = errorOf({ destinations: ['console', name] })
    expect(error.code).toBe('INVALID_OPTION')
    expect(error.message).toContain(`alerts.destinations[1] is '${name}'`)
    expect(error.message).toContain(`${option} is missing`)
    expect(error.message).toMatch(hint)
    expect(error.details).toEqual({ option })
  })

  it.each([
    [null, 'alerts'],
    [{ destinations: 'console' }, 'alerts.destinations'],
    [{ enabled: 'yes', destinations: [] }, 'alerts.enabled'],
    [{ destinations: ['pagerduty'] }, 'alerts.destinations[0]'],
    [{ destinations: [{}] }, 'alerts.destinations[0]'],
    [{ destinations: [1] }, 'alerts.destinations[0]'],
    [{ destinations: ['sentry'], sentry: 'Sentry' }, 'alerts.sentry'],
    [{ destinations: ['sentry'], sentry: { client: {} } }, 'alerts.sentry.client'],
    [{ destinations: ['datadog'], datadog: { logger: {} } }, 'alerts.datadog.logger'],
    [{ destinations: ['newrelic'], newrelic: { agent: 'nr' } }, 'alerts.newrelic.agent'],
    [{ destinations: ['console', 'console'] }, 'alerts.destinations[1]'],
    [{ destinations: [], timeoutMs: -5 }, 'timeoutMs'],
  ])('refuses %j naming %s', (config, option) => {
    const error = errorOf(config)
    expect(error).toBeInstanceOf(GridKitError)
    expect(error.message).toContain(option)
    expect(error.details).toMatchObject({ option })
  })
})

describe('createAlertDispatcher', () => {
  it('returns undefined when off and a working dispatcher when on', async () => {
    expect(createAlertDispatcher({ enabled: false, destinations: [] })).toBeUndefined()
    const scheduler = new ManualScheduler()
    const dispatcher = createAlertDispatcher(
      { destinations: ['sentry'], sentry: { client: sentry } },
      { scheduler, now: scheduler.now },
    )
    dispatcher?.enqueue(violation())
    await scheduler.advance(0)
    expect(sentry.captureMessage).toHaveBeenCalledTimes(1)
    expect(dispatcher?.getStats()[0]).toMatchObject({ id: 'sentry', delivered: 1 })
  })
})
