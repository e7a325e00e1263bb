import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { collectGarbage, makeRows } from '../../memory/__tests__/collectGarbage'
import type { BudgetViolation, Severity } from '../../types/metrics'
import { EnhancedPerformanceMonitor } from '../EnhancedPerformanceMonitor'

const WALL_START = 1_700_000_000_000

/** A wall clock that moves `stepMs` forward on every read. */
function steppingWallClock(stepMs: number): () => number {
  let time = WALL_START
  return () => (time += stepMs)
}

/** A destination function and what it received. */
function recorder(): { sent: BudgetViolation[]; send: (violation: BudgetViolation) => void } {
  const sent: BudgetViolation[] = []
  return { sent, send: (violation) => void sent.push(violation) }
}

function directViolation(operation: string, severity: Severity = 'error'): BudgetViolation {
  return {
    operation,
    actual: 90,
    budget: 30,
    severity,
    timestamp: WALL_START,
    impact: 'userVisible',
  }
}

// Releases rows and columns to the monitor and returns only what the "app" keeps.
function releaseToMonitor(monitor: EnhancedPerformanceMonitor): object[] {
  const rows = makeRows(40)
  const columns = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
  monitor.releaseRows(rows, { reason: 'data', tableId: 'orders' })
  monitor.releaseColumns(columns, { reason: 'columns', tableId: 'orders' })
  return [...rows.slice(0, 6), columns[0] ?? {}]
}

beforeAll(() => {
  expect(globalThis.gc, 'vitest must run with execArgv --expose-gc').toBeTypeOf('function')
})

/** Two full collections: one gc() does not always free everything unreachable in V8. */
async function collectTwice(): Promise<void> {
  await collectGarbage()
  await collectGarbage()
}

afterEach(() => {
  vi.useRealTimers()
})

describe('EnhancedPerformanceMonitor alert destinations', () => {
  it('delivers a violation of trackOperation to a destination added later', async () => {
    const monitor = new EnhancedPerformanceMonitor({ budgets: { sort: 50 } })
    const { sent, send } = recorder()
    const destination = monitor.addAlertDestination(send)
    expect(destination.type).toBe('custom')
    const violation = monitor.trackOperation('sort', 120, { tableId: 'orders', rowCount: 10 })
    expect(violation).not.toBeNull()
    expect(sent).toEqual([]) // delivery is off the hot path
    expect(await monitor.flushAlerts(1000)).toBe(true)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ operation: 'sort', actual: 120, budget: 50, tableId: 'orders' })
  })

  it('stops delivering once the destination is removed; unknown ids return false', async () => {
    const monitor = new EnhancedPerformanceMonitor({ budgets: { sort: 50, filter: 50 } })
    const kept = recorder()
    const removed = recorder()
    monitor.addAlertDestination({ id: 'kept', send: kept.send })
    monitor.addAlertDestination({ id: 'pager', send: removed.send })
    monitor.trackOperation('sort', 80)
    expect(await monitor.flushAlerts(1000)).toBe(true)
    expect(removed.sent).toHaveLength(1)
    expect(monitor.removeAlertDestination('pager')).toBe(true)
    expect(monitor.removeAlertDestination('pager')).toBe(false)
    expect(monitor.removeAlertDestination('nope')).toBe(false)
    monitor.trackOperation('filter', 80)
    expect(await monitor.flushAlerts(1000)).toBe(true)
    expect(removed.sent.map((v) => v.operation)).toEqual(['sort'])
    expect(kept.sent.map((v) => v.operation)).toEqual(['sort', 'filter'])
    expect(monitor.generateReport().alertDelivery?.map((stats) => stats.id)).toEqual(['kept'])
  })

  it('removeAlertDestination returns false when the monitor has no destinations at all', () => {
    expect(new EnhancedPerformanceMonitor().removeAlertDestination('any')).toBe(false)
  })

  it('sendAlert queues a violation directly, without a sample or a budget', async () => {
    const monitor = new EnhancedPerformanceMonitor()
    const { sent, send } = recorder()
    monitor.addAlertDestination(send)
    monitor.sendAlert(directViolation('render', 'critical'))
    expect(sent).toEqual([])
    expect(await monitor.flushAlerts(1000)).toBe(true)
    expect(sent).toMatchObject([{ operation: 'render', severity: 'critical', actual: 90 }])
    expect(monitor.getOperationStats('render')).toBeUndefined()
    expect(monitor.getViolations()).toEqual([])
  })

  it('sendAlert and flushAlerts without any destination do nothing and resolve true', async () => {
    const monitor = new EnhancedPerformanceMonitor({ budgets: { sort: 50 } })
    monitor.sendAlert(directViolation('render'))
    expect(monitor.trackOperation('sort', 80)).not.toBeNull()
    expect(await monitor.flushAlerts()).toBe(true)
    expect(monitor.generateReport().alertDelivery).toBeUndefined()
  })

  it('takes destinations from the alerts option and reports delivery stats', async () => {
    const { sent, send } = recorder()
    const failures: unknown[] = []
    const monitor = new EnhancedPerformanceMonitor({
      budgets: { sort: 50, filter: 50 },
      alerts: {
        destinations: [
          send,
          {
            id: 'broken',
            send: () => {
              throw new Error('endpoint down')
            },
          },
        ],
        onError: (error) => void failures.push(error),
      },
    })
    monitor.trackOperation('sort', 70)
    monitor.trackOperation('filter', 70)
    expect(await monitor.flushAlerts(1000)).toBe(true)
    expect(sent.map((v) => v.operation)).toEqual(['sort', 'filter'])
    const delivery = monitor.generateReport().alertDelivery
    expect(delivery).toHaveLength(2)
    expect(delivery?.[0]).toMatchObject({ type: 'custom', delivered: 2, failed: 0 })
    expect(delivery?.[1]).toMatchObject({
      id: 'broken',
      delivered: 0,
      failed: 2,
      lastError: expect.stringContaining('endpoint down') as unknown,
    })
    expect(failures).toHaveLength(2)
  })

  it('alerts: { enabled: false } builds no dispatcher', async () => {
    const { sent, send } = recorder()
    const monitor = new EnhancedPerformanceMonitor({
      budgets: { sort: 50 },
      alerts: { enabled: false, destinations: [send] },
    })
    monitor.trackOperation('sort', 70)
    expect(await monitor.flushAlerts()).toBe(true)
    expect(sent).toEqual([])
    expect(monitor.generateReport().alertDelivery).toBeUndefined()
  })

  it('dispose() cancels queued alerts and leaves no timer behind', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { sent, send } = recorder()
    const monitor = new EnhancedPerformanceMonitor({
      budgets: { sort: 50 },
      alerts: { destinations: [send] },
    })
    monitor.trackOperation('sort', 70)
    expect(vi.getTimerCount()).toBe(1) // the drain is scheduled
    monitor.dispose()
    expect(vi.getTimerCount()).toBe(0)
    vi.runAllTimers()
    // The queued alert was dropped: flush says so (issue 10 §5).
    expect(await monitor.flushAlerts(1000)).toBe(false)
    expect(sent).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
    // Stats stay readable after dispose, and later violations are not sent.
    monitor.trackOperation('sort', 90)
    expect(vi.getTimerCount()).toBe(0)
    expect(monitor.getOperationStats('sort')?.count).toBe(2)
    expect(monitor.generateReport().alertDelivery?.[0]).toMatchObject({ delivered: 0 })
  })

  it('dispose() with nothing queued, and twice, is harmless', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const monitor = new EnhancedPerformanceMonitor({ alerts: { destinations: ['console'] } })
    monitor.dispose()
    monitor.dispose()
    new EnhancedPerformanceMonitor().dispose()
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('EnhancedPerformanceMonitor alert storm (issue 4)', () => {
  it('keeps every one of 10,000 violating samples while sends stay bounded', async () => {
    const operations = ['sort', 'filter', 'paginate'] as const
    const { sent, send } = recorder()
    const monitor = new EnhancedPerformanceMonitor({
      wallClock: steppingWallClock(0.09), // 10,000 samples 0.09 ms apart: within one second
      budgets: [
        { operation: 'sort', budgetMs: 50, severity: 'warning', enabled: true },
        { operation: 'filter', budgetMs: 50, severity: 'error', enabled: true },
        { operation: 'paginate', budgetMs: 50, severity: 'critical', enabled: true },
      ],
      maxViolationHistory: 100,
      alerts: { destinations: [send] },
    })
    let violations = 0
    for (let i = 0; i < 10_000; i++) {
      const operation = operations[i % operations.length] ?? 'sort'
      if (monitor.trackOperation(operation, 60 + (i % 40)) !== null) violations++
    }
    expect(await monitor.flushAlerts(1000)).toBe(true)
    expect(violations).toBe(10_000)
    const stats = monitor.getAllStats()
    expect(stats.reduce((sum, s) => sum + s.count, 0)).toBe(10_000)
    expect(monitor.getOperationStats('sort')?.count).toBe(3334)
    const report = monitor.generateReport()
    expect(report.violations?.total).toBe(10_000)
    expect(report.violations?.recent).toHaveLength(100)
    const lastTimestamp = report.violations?.recent.at(-1)?.timestamp ?? 0
    expect(lastTimestamp - WALL_START).toBeLessThanOrEqual(1000)
    // The default cooldown lets one alert per (operation, severity) through; the rate limit
    // (30 per minute) would cap it even without the cooldown.
    expect(sent.map((v) => v.operation).sort()).toEqual(['filter', 'paginate', 'sort'])
    expect(report.alertDelivery?.[0]).toMatchObject({ delivered: 3, failed: 0, suppressed: 9997 })
  })
})

describe('EnhancedPerformanceMonitor memory', () => {
  it('adds a memory section to reports only once the heap was read', () => {
    const monitor = new EnhancedPerformanceMonitor()
    expect(monitor.generateReport().memory).toBeUndefined()
    const metrics = monitor.trackMemoryUsage()
    expect(metrics.source).toBe('process.memoryUsage')
    expect(metrics.heapUsed).toBeGreaterThan(0)
    expect(metrics.heapTotal).toBeGreaterThanOrEqual(metrics.heapUsed)
    const report = monitor.generateReport()
    expect(report.memory).toEqual(metrics)
    expect(report.memory).not.toBe(metrics)
    expect(JSON.parse(monitor.exportMetrics('json'))).toHaveProperty('memory.source')
  })

  it('getMemoryMetrics() returns the last reading without taking another', () => {
    const monitor = new EnhancedPerformanceMonitor()
    const first = monitor.trackMemoryUsage()
    expect(monitor.getMemoryMetrics()).toEqual(first)
  })

  it('raises a background heap violation over memory.heapBudgetMb, sent like any other', async () => {
    const { sent, send } = recorder()
    const monitor = new EnhancedPerformanceMonitor({
      wallClock: () => WALL_START,
      memory: { heapBudgetMb: 0.001 },
      alerts: { destinations: [send] },
    })
    const heard: BudgetViolation[] = []
    monitor.on('budgetViolation', (violation) => void heard.push(violation))
    const metrics = monitor.trackMemoryUsage()
    const expected = {
      operation: 'memory.heapUsed',
      actual: metrics.heapUsed,
      budget: 0.001,
      severity: 'warning',
      timestamp: WALL_START,
      impact: 'background',
    }
    expect(heard).toEqual([expected])
    expect(monitor.getViolations()).toEqual([expected])
    expect(await monitor.flushAlerts(1000)).toBe(true)
    expect(sent).toMatchObject([{ operation: 'memory.heapUsed', impact: 'background' }])
  })

  it('a heap within budget raises nothing', () => {
    const monitor = new EnhancedPerformanceMonitor({ memory: { heapBudgetMb: 1_000_000 } })
    monitor.trackMemoryUsage()
    expect(monitor.getViolations()).toEqual([])
  })

  it('a disabled monitor reads the heap but raises no heap violation', () => {
    const monitor = new EnhancedPerformanceMonitor({
      enabled: false,
      memory: { heapBudgetMb: 0.001 },
    })
    const heard: BudgetViolation[] = []
    monitor.on('budgetViolation', (violation) => void heard.push(violation))
    expect(monitor.trackMemoryUsage().heapUsed).toBeGreaterThan(0.001)
    expect(heard).toEqual([])
    expect(monitor.getViolations()).toEqual([])
  })

  it('refuses a bad memory option at construction, naming it', () => {
    expect(() => new EnhancedPerformanceMonitor({ memory: { heapBudgetMb: -5 } })).toThrow(
      expect.objectContaining({
        code: 'INVALID_PERFORMANCE_OPTION',
        details: { option: 'memory.heapBudgetMb' },
      }) as Error,
    )
  })

  it('reports released rows and columns still held, and counts them in getMemoryMetrics()', async () => {
    const monitor = new EnhancedPerformanceMonitor({
      memory: { leakDetection: 'full', gracePeriodMs: 0 },
    })
    const kept = releaseToMonitor(monitor)
    await collectTwice()
    const leaks = monitor.detectMemoryLeaks()
    expect(leaks).toMatchObject([
      { kind: 'row', count: 6, estimated: false, reason: 'data', tableId: 'orders' },
      { kind: 'column', count: 1, estimated: false, reason: 'columns', tableId: 'orders' },
    ])
    expect(monitor.getMemoryMetrics()).toMatchObject({ leakedRows: 6, leakedColumns: 1 })
    expect(kept).toHaveLength(7)
  })

  it('dispose() stops leak tracking', async () => {
    const monitor = new EnhancedPerformanceMonitor({
      memory: { leakDetection: 'full', gracePeriodMs: 0 },
    })
    const before = releaseToMonitor(monitor)
    monitor.dispose()
    const after = releaseToMonitor(monitor)
    await collectTwice()
    expect(monitor.detectMemoryLeaks()).toEqual([])
    expect(before.length + after.length).toBe(14)
  })
})
