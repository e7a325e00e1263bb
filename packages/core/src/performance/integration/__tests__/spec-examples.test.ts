// @vitest-environment happy-dom
// The three configuration examples of ENT-PERF-001 ("Configuration Examples").
import { describe, expect, it } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { createTable } from '../create-monitored-table'
import { DataDogAlertDestination } from '../../alerts/datadog'
import { SentryAlertDestination } from '../../alerts/sentry'
import { createBudgetPreset, PERFORMANCE_BUDGETS } from '../../budgets/presets'
import { EnhancedPerformanceMonitor } from '../../monitor/EnhancedPerformanceMonitor'
import { columns, generateData } from './fixture'

const data = generateData(100)

describe('configuration examples of the specification', () => {
  it('basic setup', () => {
    const table = createTable({
      data,
      columns,
      features: {
        performance: {
          enabled: true,
        },
      },
    })
    expect(table.metrics).toBeInstanceOf(EnhancedPerformanceMonitor)
    table.destroy()
  })

  it('with budgets', () => {
    const table = createTable({
      data,
      columns,
      features: {
        performance: {
          enabled: true,
          budgets: createBudgetPreset('strict'),
        },
      },
    })
    expect(table.metrics.getBudget('sorting')?.budgetMs).toBe(25)
    table.destroy()
  })

  it('with alerts (a Datadog client token; nothing leaves 127.0.0.1)', () => {
    const table = createTable({
      data,
      columns,
      features: {
        performance: {
          enabled: true,
          budgets: PERFORMANCE_BUDGETS.INTERACTIVE,
          alerts: {
            enabled: true,
            destinations: [
              new SentryAlertDestination({ dsn: 'http://publickey@127.0.0.1:9/1' }),
              new DataDogAlertDestination({
                clientToken: 'pub-test-token',
                site: 'datadoghq.com',
                proxy: 'http://127.0.0.1:9/dd',
              }),
            ],
          },
        },
      },
    })
    expect(table.metrics.getBudget('filtering')?.budgetMs).toBe(100)
    expect(table.metrics.generateReport().alertDelivery?.map((stats) => stats.type)).toEqual([
      'sentry',
      'datadog',
    ])
    table.destroy()
  })

  it('with alerts as written (a Datadog apiKey) is refused, explaining why', () => {
    const create = () => new DataDogAlertDestination({ apiKey: 'secret-api-key' } as never)
    expect(create).toThrow(GridKitError)
    expect(create).toThrow(/API keys? .*must never ship to browsers/)
    expect(create).not.toThrow(/secret-api-key/)
  })
})
