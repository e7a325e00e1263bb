import { describe, expect, it, vi } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { createAlertDispatcher, resolveAlertsConfig } from '../config'
import { ManualScheduler } from './manual-scheduler'
import { violation } from './violations'

const TOKEN = 'pub0123456789abcdef0123456789abcdef'
const DSN = 'https://abc123key@o1.ingest.sentry.io/1'
const LICENSE = 'NRJS-0123456789abcdef012'

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

describe('resolveAlertsConfig and secrets', () => {
  it.each([
    [{ destinations: ['datadog'], datadog: { logger: TOKEN } }, TOKEN, 'alerts.datadog.logger'],
    [{ destinations: ['sentry'], sentry: { client: DSN } }, DSN, 'alerts.sentry.client'],
    [
      { destinations: ['newrelic'], newrelic: { agent: LICENSE } },
      LICENSE,
      'alerts.newrelic.agent',
    ],
    [{ destinations: ['sentry'], sentry: DSN }, DSN, 'alerts.sentry'],
    [{ destinations: [DSN] }, DSN, 'alerts.destinations[0]'],
    [{ destinations: [TOKEN] }, TOKEN, 'alerts.destinations[0]'],
    [{ destinations: [], minSeverity: LICENSE }, LICENSE, 'minSeverity'],
  ])('never echoes a secret passed in the wrong place (%#)', (config, secret, option) => {
    const error = errorOf(config)
    expect(error).toBeInstanceOf(GridKitError)
    expect(error.message).toContain(option)
    expect(error.message).toContain(`a string (${secret.length} characters)`)
    expect(error.message).not.toContain(secret)
    expect(JSON.stringify(error.details)).not.toContain(secret)
  })

  it('redacts a key-like destination id in the duplicate-id message', () => {
    const send = vi.fn()
    const error = errorOf({
      destinations: [
        { id: TOKEN, send },
        { id: TOKEN, send },
      ],
    })
    expect(error.message).toContain('alerts.destinations[1] has the id "<redacted>"')
    expect(error.message).not.toContain(TOKEN)
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
