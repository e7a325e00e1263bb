// @vitest-environment happy-dom
// Mirrors every code example of docs/performance/alerts.md, so the docs compile
// (`pnpm typecheck`) and behave as they say. Keep the two in step.
import { datadogLogs } from '@datadog/browser-logs'
import type { BrowserAgent } from '@newrelic/browser-agent/loaders/browser-agent'
import * as Sentry from '@sentry/browser'
import { describe, expect, expectTypeOf, it, vi } from 'vitest'
import { EnhancedPerformanceMonitor } from '../../monitor/EnhancedPerformanceMonitor'
import type { BudgetViolation } from '../../types/metrics'
import { AlertDispatcher } from '../AlertDispatcher'
import { type AlertsConfig, resolveAlertsConfig } from '../config'
import { ConsoleAlertDestination } from '../console'
import { createCustomAlertDestination } from '../custom'
import { DataDogAlertDestination } from '../datadog'
import { NewRelicAlertDestination } from '../newrelic'
import { SentryAlertDestination } from '../sentry'
import { violation as sampleViolation } from './violations'

function types(alerts: AlertsConfig): string[] {
  return resolveAlertsConfig(alerts).destinations.map((d) => d.type)
}

describe('docs/performance/alerts.md examples', () => {
  it('the alerts option', () => {
    const alerts: AlertsConfig = {
      destinations: ['console'],
      cooldownMs: 60_000,
      rateLimit: { max: 30, intervalMs: 60_000 },
      timeoutMs: 5000,
      minSeverity: 'warning',
    }
    expect(resolveAlertsConfig(alerts).dispatcher).toMatchObject({ cooldownMs: 60_000 })
  })

  it('console', () => {
    const alerts: AlertsConfig = {
      destinations: [new ConsoleAlertDestination({ minSeverity: 'error' })],
    }
    expect(resolveAlertsConfig(alerts).destinations[0]?.minSeverity).toBe('error')
  })

  it('Sentry with the app SDK and with options', async () => {
    // Sentry.init is left out here: this test must not send anything.
    const viaApp: AlertsConfig = {
      destinations: ['console', 'sentry'],
      sentry: { client: Sentry },
    }
    expect(types(viaApp)).toEqual(['console', 'sentry'])
    const destination = new SentryAlertDestination({
      dsn: 'https://publicKey@o0.ingest.sentry.io/0',
      environment: 'production',
      release: 'shop@1.4.0',
    })
    const viaOptions: AlertsConfig = { destinations: [destination] }
    expect(types(viaOptions)).toEqual(['sentry'])
    await destination.close(0)
  })

  it('Datadog with the app SDK and with options', () => {
    const viaApp: AlertsConfig = {
      destinations: ['datadog'],
      datadog: { logger: datadogLogs },
    }
    expect(types(viaApp)).toEqual(['datadog'])
    // Not run: it would initialise the page-global SDK (datadog.test.ts covers it).
    const viaOptions = (): AlertsConfig => ({
      destinations: [
        new DataDogAlertDestination({
          clientToken: 'pub0123456789abcdef',
          site: 'datadoghq.com',
          service: 'shop-web',
          env: 'production',
        }),
      ],
    })
    expectTypeOf(viaOptions).returns.toEqualTypeOf<AlertsConfig>()
  })

  it('New Relic with the app agent', () => {
    const examples = (agent: BrowserAgent): AlertsConfig[] => {
      const viaName: AlertsConfig = { destinations: ['newrelic'], newrelic: { agent } }
      const viaClass: AlertsConfig = { destinations: [new NewRelicAlertDestination(agent)] }
      return [viaName, viaClass]
    }
    const agent = { recordCustomEvent: vi.fn() } as unknown as BrowserAgent
    expect(examples(agent).map(types)).toEqual([['newrelic'], ['newrelic']])
  })

  it('custom destinations', async () => {
    const analytics = { track: vi.fn() }
    const pager = { page: vi.fn((_what: string) => Promise.resolve()) }
    const fetchMock = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })))
    vi.stubGlobal('fetch', fetchMock)
    try {
      const toOwnBackend = createCustomAlertDestination(
        async (violation: BudgetViolation) => {
          const response = await fetch('/api/perf-alerts', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(violation),
          })
          if (!response.ok) throw new Error(`perf-alerts answered ${response.status}`)
        },
        { id: 'backend', minSeverity: 'error' },
      )
      const alerts: AlertsConfig = {
        destinations: [
          toOwnBackend,
          (violation) => {
            analytics.track('budget_violation', { operation: violation.operation })
          },
          {
            id: 'pager',
            minSeverity: 'critical',
            send: (violation) => pager.page(violation.operation),
          },
        ],
      }
      const dispatcher = new AlertDispatcher()
      for (const destination of resolveAlertsConfig(alerts).destinations)
        dispatcher.add(destination)
      dispatcher.enqueue({
        operation: 'sort',
        actual: 300,
        budget: 50,
        severity: 'critical',
        impact: 'userVisible',
        timestamp: 1,
      })
      expect(await dispatcher.flush()).toBe(true)
      expect(fetchMock).toHaveBeenCalledTimes(1)
      expect(analytics.track).toHaveBeenCalledWith('budget_violation', { operation: 'sort' })
      expect(pager.page).toHaveBeenCalledWith('sort')
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('hooks, flushing and delivery stats', async () => {
    const reportToOwnLogs = vi.fn()
    const alerts: AlertsConfig = {
      destinations: ['console'],
      beforeSend: (violation) =>
        violation.operation.startsWith('debug:') ? null : { ...violation, tableId: undefined },
      onError: (error, { destinationId, operation }) => {
        reportToOwnLogs(`alert to ${destinationId} for ${operation} failed`, error)
      },
    }
    expect(resolveAlertsConfig(alerts).dispatcher.beforeSend).toBeTypeOf('function')

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      const dispatcher = new AlertDispatcher({ cooldownMs: 30_000 })
      dispatcher.add(new ConsoleAlertDestination())
      dispatcher.enqueue({
        operation: 'sort',
        actual: 120,
        budget: 50,
        severity: 'warning',
        impact: 'userVisible',
        timestamp: Date.now(),
      })
      const onPageHide = (): void => {
        void dispatcher.flush(1000)
      }
      addEventListener('pagehide', onPageHide)
      dispatchEvent(new Event('pagehide'))
      removeEventListener('pagehide', onPageHide)
      expect(await dispatcher.flush()).toBe(true)
      const stats = dispatcher.getStats()
      expect(stats[0]).toMatchObject({ id: 'console', delivered: 1 })
      expect(warn).toHaveBeenCalledTimes(1)
      dispatcher.dispose()
    } finally {
      warn.mockRestore()
    }
  })

  it("a table's flushAlerts and delivery stats", async () => {
    const onError = vi.fn()
    const table = {
      metrics: new EnhancedPerformanceMonitor({
        alerts: {
          destinations: [{ id: 'broken', send: () => Promise.reject(new Error('x')) }],
          onError,
        },
      }),
    }
    table.metrics.sendAlert(sampleViolation())
    const settled = await table.metrics.flushAlerts(1000)
    const delivery = table.metrics.generateReport().alertDelivery ?? []
    expect(settled).toBe(true)
    expect(delivery.map(({ id, failed, timedOut }) => ({ id, failed, timedOut }))).toEqual([
      { id: 'broken', failed: 1, timedOut: 0 },
    ])
    expect(onError).toHaveBeenCalledTimes(1)
    table.metrics.cancelAlerts()
  })
})
