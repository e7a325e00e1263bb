import { afterEach, describe, expect, it, vi } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { createTable } from '../create-monitored-table'
import { PERFORMANCE_BUDGETS } from '../../budgets/presets'
import { EnhancedPerformanceMonitor } from '../../monitor/EnhancedPerformanceMonitor'
import type { BudgetViolation } from '../../types/metrics'
import { columns, generateData, steppingClock, type Item } from './fixture'

/** Lets the integration's eager row-model build (a microtask) run. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

function monitoredTable(count = 200, monitor = new EnhancedPerformanceMonitor()) {
  return createTable<Item>({
    data: generateData(count),
    columns,
    getRowId: (item) => String(item.id),
    features: { performance: { monitor } },
  })
}

function countOf(monitor: EnhancedPerformanceMonitor, operation: string): number {
  return monitor.getOperationStats(operation)?.count ?? 0
}

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('automatic tracking: each operation records on a real change, never on a memo hit', () => {
  it('sorting', async () => {
    const monitor = new EnhancedPerformanceMonitor()
    const table = monitoredTable(200, monitor)
    table.getRowModel()
    table.setSorting([{ id: 'value', desc: true }])
    await settle()
    expect(countOf(monitor, 'sorting')).toBe(1)
    table.getRowModel()
    table.getRowModel()
    table.setPageIndex(1)
    table.getRowModel()
    expect(countOf(monitor, 'sorting')).toBe(1)
    expect(monitor.getOperationStats('sorting')?.lastExecuted).toBeGreaterThan(0)
  })

  it('filtering', async () => {
    const monitor = new EnhancedPerformanceMonitor()
    const table = monitoredTable(200, monitor)
    table.getRowModel()
    const before = countOf(monitor, 'filtering')
    table.setColumnFilter('group', 'b')
    await settle()
    expect(countOf(monitor, 'filtering')).toBe(before + 1)
    table.setSorting([{ id: 'name', desc: false }])
    table.getRowModel()
    table.setPageIndex(1)
    table.getRowModel()
    expect(countOf(monitor, 'filtering')).toBe(before + 1)
  })

  it('pagination', async () => {
    const monitor = new EnhancedPerformanceMonitor()
    const table = monitoredTable(200, monitor)
    table.getRowModel()
    const before = countOf(monitor, 'pagination')
    const sortingBefore = countOf(monitor, 'sorting')
    table.setPageIndex(2)
    await settle()
    expect(countOf(monitor, 'pagination')).toBe(before + 1)
    table.getRowModel()
    expect(countOf(monitor, 'pagination')).toBe(before + 1)
    expect(countOf(monitor, 'sorting')).toBe(sortingBefore)
  })

  it('rowModelBuild: a getRowModel() that rebuilt any stage', async () => {
    const monitor = new EnhancedPerformanceMonitor()
    const table = monitoredTable(200, monitor)
    table.getRowModel()
    expect(countOf(monitor, 'rowModelBuild')).toBe(1)
    table.getRowModel()
    expect(countOf(monitor, 'rowModelBuild')).toBe(1)
    table.setPageIndex(1)
    await settle()
    expect(countOf(monitor, 'rowModelBuild')).toBe(2)
  })

  it('selection: selection changes and the selected-row model', () => {
    const monitor = new EnhancedPerformanceMonitor()
    const table = monitoredTable(200, monitor)
    table.toggleRowSelected('3')
    expect(countOf(monitor, 'selection')).toBe(1)
    table.getSelectedRowModel()
    expect(countOf(monitor, 'selection')).toBe(2)
    table.getSelectedRowModel()
    expect(countOf(monitor, 'selection')).toBe(2)
    table.toggleAllRowsSelected()
    expect(countOf(monitor, 'selection')).toBe(3)
  })

  it('selection times the change only, not the app handlers it triggers', () => {
    let time = 0
    const monitor = new EnhancedPerformanceMonitor({ now: () => time })
    const table = monitoredTable(20, monitor)
    table.on('selection:change', () => {
      time += 100 // a slow handler
    })
    table.toggleRowSelected('1')
    expect(monitor.getOperationStats('selection')?.maxTime).toBe(0)
    expect(time).toBe(100)
  })

  it('coreRowModel: a data replacement', async () => {
    const monitor = new EnhancedPerformanceMonitor()
    const table = monitoredTable(200, monitor)
    table.getRowModel()
    expect(countOf(monitor, 'coreRowModel')).toBe(1)
    table.setData(generateData(300))
    await settle()
    expect(countOf(monitor, 'coreRowModel')).toBe(2)
    expect(monitor.getOperationStats('coreRowModel')?.count).toBe(2)
  })

  it('several changes in one task build once', async () => {
    const monitor = new EnhancedPerformanceMonitor()
    const table = monitoredTable(200, monitor)
    table.setSorting([{ id: 'value', desc: false }])
    table.setColumnFilter('group', 'a')
    table.setPageIndex(1)
    await settle()
    expect(countOf(monitor, 'rowModelBuild')).toBe(1)
    expect(countOf(monitor, 'sorting')).toBe(1)
  })

  it('records the real cost of sorting 100k rows (agrees with a stopwatch)', () => {
    const monitor = new EnhancedPerformanceMonitor()
    const table = monitoredTable(100_000, monitor)
    table.getRowModel()
    const started = performance.now()
    table.setSorting([{ id: 'name', desc: false }])
    table.getRowModel()
    const stopwatch = performance.now() - started
    const sorting = monitor.getOperationStats('sorting')
    expect(sorting?.count).toBe(1)
    // Sorting is nearly all of that call: the recorded duration lies within the stopwatch's
    // and is most of it (a ratio, not a timing, so machine speed does not matter).
    expect(sorting?.maxTime).toBeLessThanOrEqual(stopwatch)
    expect(sorting?.maxTime).toBeGreaterThan(stopwatch * 0.5)
  })
})

describe('table.metrics', () => {
  it('is the monitor, with budgets and the app’s own operations', () => {
    const table = createTable({
      data: generateData(10),
      columns,
      features: { performance: true },
    })
    expect(table.metrics).toBeInstanceOf(EnhancedPerformanceMonitor)
    table.metrics.setBudget({
      operation: 'tableRender',
      budgetMs: 5,
      enabled: true,
      severity: 'error',
    })
    table.metrics.trackOperation('tableRender', 3)
    expect(table.metrics.measure('fetch', () => 7)).toBe(7)
    expect(table.metrics.getOperationStats('tableRender')?.count).toBe(1)
    expect(table.metrics.getOperationStats('fetch')?.count).toBe(1)
    // Defaults: PERFORMANCE_BUDGETS.INTERACTIVE.
    expect(table.metrics.getBudget('sorting')?.budgetMs).toBe(50)
    expect(table.metrics.exportMetrics('csv')).toContain('tableRender')
  })

  it('is undefined, with nothing attached, when the feature is off or absent', () => {
    const off = createTable({ data: generateData(10), columns, features: { performance: false } })
    const disabled = createTable({
      data: generateData(10),
      columns,
      features: { performance: { enabled: false } },
    })
    const absent = createTable({ data: generateData(10), columns })
    for (const table of [off, disabled, absent]) {
      expect(table.metrics).toBeUndefined()
      table.getRowModel()
      expect(table.hasObserver()).toBe(false)
    }
  })
})

describe('performance:budgetViolation', () => {
  it('is emitted on the table bus with the violation as a typed payload', async () => {
    const monitor = new EnhancedPerformanceMonitor({ now: steppingClock(30) })
    monitor.setBudget({ operation: 'sorting', budgetMs: 20, enabled: true, severity: 'critical' })
    const table = monitoredTable(50, monitor)
    const operations: string[] = []
    const payloads: BudgetViolation[] = []
    table.on('performance:budgetViolation', (event) => {
      operations.push(event.payload.operation)
      payloads.push(event.payload)
      expect(event.tableId).toBe(table.id)
    })
    table.setSorting([{ id: 'value', desc: false }])
    await settle()
    expect(operations).toEqual(['sorting'])
    expect(payloads[0]).toMatchObject({
      operation: 'sorting',
      actual: 30,
      budget: 20,
      severity: 'critical',
      impact: 'userVisible',
      tableId: table.id,
      rowCount: 50,
    })
    // Privacy: figures only.
    expect(JSON.stringify(payloads)).not.toContain('item')
  })

  it('a monitor shared by two tables: each table gets only its own violations', async () => {
    const monitor = new EnhancedPerformanceMonitor({ now: steppingClock(30) })
    monitor.setBudget({ operation: 'sorting', budgetMs: 1, enabled: true, severity: 'warning' })
    const a = monitoredTable(20, monitor)
    const b = monitoredTable(20, monitor)
    const seen: { table: string; violationTable: string | undefined }[] = []
    for (const table of [a, b]) {
      table.on('performance:budgetViolation', (event) => {
        seen.push({ table: table.id, violationTable: event.payload.tableId })
      })
    }
    a.setSorting([{ id: 'value', desc: false }])
    await settle()
    b.setSorting([{ id: 'value', desc: true }])
    b.setSorting([{ id: 'name', desc: true }])
    await settle()
    expect(seen).toEqual([
      { table: a.id, violationTable: a.id },
      { table: b.id, violationTable: b.id },
    ])
    expect(monitor.getOperationStats('sorting')?.count).toBe(2)
    expect(a.metrics).toBe(monitor)
    expect(b.metrics).toBe(monitor)
  })

  it('goes to the configured alert destinations', async () => {
    const sent: BudgetViolation[] = []
    const table = createTable({
      data: generateData(50),
      columns,
      features: {
        performance: {
          budgets: [
            { operation: 'rowModelBuild', budgetMs: 1e-9, enabled: true, severity: 'error' },
          ],
          alerts: { destinations: [(violation: BudgetViolation) => void sent.push(violation)] },
        },
      },
    })
    table.getRowModel()
    expect(await table.metrics.flushAlerts(1000)).toBe(true)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({
      operation: 'rowModelBuild',
      tableId: table.id,
      severity: 'error',
    })
  })

  it('app operations without a table id reach the table that owns the monitor', async () => {
    const table = createTable({ data: generateData(5), columns, features: { performance: true } })
    const seen: string[] = []
    table.on('performance:budgetViolation', (event) => seen.push(event.payload.operation))
    table.metrics.setBudgets(PERFORMANCE_BUDGETS.RENDERING)
    table.metrics.trackOperation('tableRender', 500)
    expect(seen).toEqual([]) // emitted after the current work, never inside it
    await settle()
    expect(seen).toEqual(['tableRender'])
  })

  it('a handler that reads the rows or changes state re-enters no build', async () => {
    const monitor = new EnhancedPerformanceMonitor({ now: steppingClock(30) })
    monitor.setBudget({ operation: 'sorting', budgetMs: 1, enabled: true, severity: 'error' })
    const table = monitoredTable(100, monitor)
    let handled = 0
    table.on('performance:budgetViolation', (event) => {
      if (event.payload.operation !== 'sorting') return
      handled++
      expect(table.getRowModel().rows).toHaveLength(10)
      if (handled === 1) table.setPageIndex(1)
    })
    table.setSorting([{ id: 'value', desc: false }])
    table.getRowModel()
    await settle()
    await settle()
    expect(handled).toBe(1)
    expect(countOf(monitor, 'sorting')).toBe(1)
    expect(table.getState().pagination.pageIndex).toBe(1)
  })

  it('violations pending when the table is destroyed are dropped', async () => {
    const monitor = new EnhancedPerformanceMonitor({ now: steppingClock(30) })
    monitor.setBudget({ operation: 'sorting', budgetMs: 1, enabled: true, severity: 'error' })
    const table = monitoredTable(20, monitor)
    const seen: string[] = []
    table.on('performance:budgetViolation', (event) => seen.push(event.payload.operation))
    table.setSorting([{ id: 'value', desc: false }])
    table.getRowModel()
    table.destroy()
    await settle()
    expect(seen).toEqual([])
    expect(monitor.getViolations().map((violation) => violation.operation)).toContain('sorting')
  })
})

describe('userTiming', () => {
  it('records gridkit: measures with the DevTools track-entry detail', async () => {
    const measures: PerformanceEntry[] = []
    const observer = new PerformanceObserver((list) => {
      measures.push(...list.getEntriesByName('gridkit:sorting', 'measure'))
    })
    observer.observe({ entryTypes: ['measure'] })
    const table = createTable({
      data: generateData(100),
      columns,
      features: { performance: { userTiming: true } },
    })
    table.setSorting([{ id: 'name', desc: false }])
    await vi.waitFor(() => {
      expect(measures).toHaveLength(1)
    })
    observer.disconnect()
    const detail = (measures[0] as PerformanceMeasure).detail as {
      devtools: { dataType: string; track: string }
    }
    expect(detail.devtools).toMatchObject({ dataType: 'track-entry', track: 'GridKit' })
    expect(measures[0]?.duration).toBeCloseTo(
      table.metrics.getOperationStats('sorting')?.maxTime ?? -1,
      5,
    )
  })

  it('leaves no entry in the timeline however many operations run (bounded memory)', () => {
    performance.clearMeasures()
    const table = createTable({
      data: generateData(50),
      columns,
      features: { performance: { userTiming: true } },
    })
    for (let i = 0; i < 200; i += 1) {
      table.setSorting([{ id: i % 2 === 0 ? 'name' : 'value', desc: false }])
      table.getRowModel()
    }
    expect(table.metrics.getOperationStats('sorting')?.count).toBe(200)
    expect(performance.getEntriesByType('measure')).toHaveLength(0)
  })

  it('is off by default', async () => {
    performance.clearMeasures()
    const table = createTable({ data: generateData(100), columns, features: { performance: true } })
    table.setSorting([{ id: 'name', desc: false }])
    await settle()
    expect(performance.getEntriesByName('gridkit:sorting', 'measure')).toHaveLength(0)
  })
})

describe('destroy', () => {
  it('unhooks the integration and leaves no timer or listener behind', async () => {
    // Only timers are faked: the build must still take real (non-zero) time on the clock.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const sent: BudgetViolation[] = []
    const table = createTable({
      data: generateData(50),
      columns,
      features: {
        performance: {
          budgets: { rowModelBuild: 1e-9 },
          alerts: { destinations: [(violation: BudgetViolation) => void sent.push(violation)] },
        },
      },
    })
    const monitor = table.metrics
    table.getRowModel()
    expect(vi.getTimerCount()).toBeGreaterThan(0) // the alert drain is scheduled
    table.setSorting([{ id: 'value', desc: false }]) // an eager build is queued
    table.destroy()
    expect(vi.getTimerCount()).toBe(0)
    await vi.runAllTimersAsync()
    expect(sent).toHaveLength(0) // cancelled, not delivered after destroy
    const rowModelBuilds = monitor.getOperationStats('rowModelBuild')?.count
    expect(rowModelBuilds).toBe(1)
    // The monitor no longer feeds the destroyed table.
    expect(() => monitor.trackOperation('rowModelBuild', 5)).not.toThrow()
  })

  it('leaves a shared monitor running for the other tables', async () => {
    const sent: BudgetViolation[] = []
    const monitor = new EnhancedPerformanceMonitor({
      budgets: { rowModelBuild: 1e-9 },
      alerts: { destinations: [(violation: BudgetViolation) => void sent.push(violation)] },
    })
    const a = monitoredTable(10, monitor)
    const b = monitoredTable(10, monitor)
    a.destroy()
    b.getRowModel()
    expect(await monitor.flushAlerts(1000)).toBe(true)
    expect(sent.map((violation) => violation.tableId)).toEqual([b.id])
  })
})

describe('bad configuration throws GridKitError at createTable, naming the option', () => {
  const cases: [string, unknown, RegExp][] = [
    ['unknown key', { sampleRate: 0.5 }, /features\.performance\.sampleRate/],
    ['not an object', 'yes', /features\.performance must be/],
    ['enabled not boolean', { enabled: 'yes' }, /features\.performance\.enabled/],
    ['userTiming not boolean', { userTiming: 1 }, /features\.performance\.userTiming/],
    ['budget not positive', { budgets: { sorting: -1 } }, /features\.performance\.budgets/],
    ['budget not a number', { budgets: { sorting: 'fast' } }, /features\.performance\.budgets/],
    ['window not numeric', { windowSize: 'big' }, /features\.performance\.windowSize/],
    [
      'destination neither name nor sender',
      { alerts: { destinations: [42] } },
      /destinations\[0\]/,
    ],
    ['unknown destination name', { alerts: { destinations: ['pagerduty'] } }, /destinations\[0\]/],
    ['named destination without its SDK', { alerts: { destinations: ['datadog'] } }, /datadog/],
    ['monitor not a monitor', { monitor: {} }, /features\.performance\.monitor/],
    [
      'monitor options beside a shared monitor',
      { monitor: new EnhancedPerformanceMonitor(), budgets: {} },
      /budgets/,
    ],
    ['bad leak detection mode', { memory: { leakDetection: 'sometimes' } }, /leakDetection/],
  ]
  it.each(cases)('%s', (_name, performance, message) => {
    const create = () =>
      createTable({
        data: generateData(3),
        columns,
        features: { performance: performance as never },
      })
    expect(create).toThrow(GridKitError)
    expect(create).toThrow(message)
  })
})
