// The target state of ENT-PERF-001 ("Target State (GridKit Enhanced)"), run inside a component.
import type { ColumnDef, SentryLike } from '@gridkit/core'
import { act, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { useGridEnhancedTable } from '../useGridEnhancedTable'
import { makePeople, type Person } from './fixture'

const data = makePeople(200)
const columns: ColumnDef<Person>[] = [{ accessorKey: 'name' }, { accessorKey: 'age' }]
let logSpy: MockInstance<typeof console.log>
let errorSpy: MockInstance<typeof console.error>

beforeEach(() => {
  logSpy = vi.spyOn(console, 'log').mockImplementation(() => {})
  errorSpy = vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('the specification target state', () => {
  it("as written: runs, logs each violation once, and without Sentry the 'sentry' alert counts as failed", async () => {
    let violate: (() => Promise<boolean>) | undefined
    let sort: ((desc: boolean) => void) | undefined
    let delivery: (() => unknown) | undefined
    function AsWritten() {
      const table = useGridEnhancedTable({
        data,
        columns,
        features: {
          performance: {
            enabled: true,
            budgets: {
              rowModelBuild: 16, // 1 frame @ 60fps
              sorting: 50,
              filtering: 100,
            },
            alerts: {
              enabled: true,
              destinations: ['console', 'sentry'],
            },
          },
        },
      })

      // Real-time access to metrics
      const { metrics } = table
      console.log(metrics.getOperationStats('getRowModel'))

      // Automatic alerts
      table.on('performance:budgetViolation', (event) => {
        console.error(`Budget violated: ${event.payload.operation}`)
      })
      violate = () => {
        metrics.trackOperation('sorting', 75, { tableId: table.id })
        return metrics.flushAlerts(1000)
      }
      sort = (desc) => {
        table.setSorting([{ id: 'age', desc }])
      }
      delivery = () => metrics.generateReport().alertDelivery
      return null
    }
    const warnSpy = vi.spyOn(console, 'warn').mockImplementation(() => {})
    render(<AsWritten />)
    expect(logSpy).toHaveBeenCalled()
    // Two sorts: three renders, each calling table.on in the body.
    act(() => sort!(false))
    act(() => sort!(true))
    expect(logSpy.mock.calls.length).toBeGreaterThanOrEqual(3)
    await act(async () => {
      await violate!()
    })
    // One handler is subscribed, the last render's: the violation is logged once.
    expect(
      errorSpy.mock.calls.filter((call) => call[0] === 'Budget violated: sorting'),
    ).toHaveLength(1)
    expect(warnSpy.mock.calls.some((call) => String(call[0]).includes('sorting'))).toBe(true)
    // The app never called Sentry.init here: the alert is counted, not lost and not thrown.
    // (With Sentry.init it reaches Sentry: seed-example.browser.test.tsx, in Chromium.)
    expect(delivery!()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'sentry',
          failed: 1,
          lastError: expect.stringContaining('Sentry is not set up') as unknown,
        }),
      ]),
    )
  })

  it("with the app's Sentry passed: metrics, table.on and both destinations work", async () => {
    const captured: string[] = []
    const Sentry: SentryLike = {
      captureMessage: (message, context) => {
        captured.push(`${message} ${JSON.stringify(context)}`)
        return 'event-id'
      },
    }
    let violate: (() => Promise<boolean>) | undefined
    function Dashboard() {
      const table = useGridEnhancedTable({
        data,
        columns,
        features: {
          performance: {
            enabled: true,
            budgets: {
              rowModelBuild: 16, // 1 frame @ 60fps
              sorting: 50,
              filtering: 100,
            },
            alerts: {
              enabled: true,
              destinations: ['console', 'sentry'],
              sentry: { client: Sentry },
            },
          },
        },
      })

      // Real-time access to metrics
      const { metrics } = table
      console.log(metrics.getOperationStats('getRowModel'))

      // Automatic alerts
      table.on('performance:budgetViolation', (event) => {
        console.error(`Budget violated: ${event.payload.operation}`)
      })
      violate = () => {
        metrics.trackOperation('sorting', 75, { tableId: table.id })
        return metrics.flushAlerts(1000)
      }
      return null
    }
    render(<Dashboard />)
    // The spec's operation name is 'getRowModel'; the monitor records it as 'rowModelBuild'.
    expect(logSpy).toHaveBeenCalledWith(undefined)
    const warnSpy = vi.spyOn(console, 'warn').mockImplementation(() => {})
    await act(async () => {
      expect(await violate!()).toBe(true)
    })
    expect(errorSpy).toHaveBeenCalledWith('Budget violated: sorting')
    // The console destination (a warning: record budgets have severity 'warning') and Sentry.
    expect(warnSpy.mock.calls.some((call) => String(call[0]).includes('sorting'))).toBe(true)
    expect(captured.some((message) => message.includes('sorting'))).toBe(true)
  })
})
