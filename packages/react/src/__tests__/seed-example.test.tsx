// The target state of ENT-PERF-001 ("Target State (GridKit Enhanced)"), run inside a component.
import { GridKitError, type ColumnDef, type SentryLike } from '@gridkit/core'
import { act, render } from '@testing-library/react'
import { Component, type ReactNode } from 'react'
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

class Boundary extends Component<{ children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {}
  static getDerivedStateFromError(error: unknown) {
    return { error }
  }
  override render() {
    return this.state.error === undefined ? this.props.children : null
  }
}

describe('the specification target state', () => {
  it('as written: names the missing Sentry client instead of failing silently', () => {
    let thrown: unknown
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
      return null
    }
    class Catch extends Boundary {
      override componentDidCatch(error: unknown) {
        thrown = error
      }
    }
    render(
      <Catch>
        <AsWritten />
      </Catch>,
    )
    expect(thrown).toBeInstanceOf(GridKitError)
    expect((thrown as GridKitError).message).toMatch(
      /'sentry' but alerts\.sentry\.client is missing/,
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
