import { describe, expect, it, vi } from 'vitest'
import { EnhancedPerformanceMonitor } from '../../monitor/EnhancedPerformanceMonitor'
import type { BudgetViolation } from '../../types/metrics'
import { DEFAULT_INTERACTION_BUDGET } from '../InteractionTracker'
import { getRecentInteractions, observeInteractions } from '../observeInteractions'
import { eventEntry, fakeEnvironment, fakeObservers, frameEntry } from './fakeObserver'

function setup(options?: unknown, monitor = new EnhancedPerformanceMonitor()) {
  const observers = fakeObservers()
  const env = fakeEnvironment(observers)
  const onError = vi.fn()
  const stop = observeInteractions(monitor, options, { environment: env, onError })
  const violations: BudgetViolation[] = []
  monitor.on('budgetViolation', (v) => violations.push(v))
  /** Tracks `operation` as ending at `end` on the fake clock. */
  const work = (
    operation: string,
    end: number,
    ms: number,
    tableId?: string,
    rowCount?: number,
  ) => {
    env.setTime(end)
    monitor.trackOperation(operation, ms, tableId === undefined ? undefined : { tableId, rowCount })
  }
  return { monitor, observers, env, stop, violations, work, onError }
}

describe('observeInteractions', () => {
  it('records a slow click with its phases and the sort inside it', () => {
    const { monitor, observers, env, violations, work } = setup()
    work('sorting', 1180, 166, 'orders', 100_000)
    work('rowModelBuild', 1182, 170, 'orders', 50)
    work('tableRender', 1302, 120, 'orders')
    work('sorting', 800, 30, 'other', 10) // ended before the click: not part of it
    observers.deliver('event', [
      eventEntry({
        name: 'pointerup',
        startTime: 1000,
        duration: 344,
        processingStart: 1008,
        processingEnd: 1010,
      }),
      eventEntry({ startTime: 1002, duration: 340, processingStart: 1010, processingEnd: 1304 }),
    ])
    expect(env.run()).toBe(1)
    const stats = monitor.getOperationStats('interaction')
    expect(stats?.count).toBe(1)
    expect(stats?.maxTime).toBe(344)
    const [recorded] = getRecentInteractions(monitor)
    expect(recorded).toMatchObject({
      interactionId: 1,
      interactionType: 'click',
      eventName: 'pointerup',
      target: 'button#sort',
      durationMs: 344,
      inputDelayMs: 8,
      processingDurationMs: 296,
      presentationDelayMs: 40,
      tableIds: ['orders'],
      touchedTable: true,
    })
    expect(recorded?.operations.map((op) => [op.operation, op.tableId, op.durationMs])).toEqual([
      ['rowModelBuild', 'orders', 170],
      ['sorting', 'orders', 166],
      ['tableRender', 'orders', 120],
    ])
    expect(recorded?.message).toBe(
      'click took 344 ms: sorting 166 ms on 100,000 rows of table orders, tableRender 120 ms of table orders, presentation 40 ms',
    )
    expect(violations).toHaveLength(1)
    expect(violations[0]).toMatchObject({
      operation: 'interaction',
      severity: 'warning',
      tableId: 'orders',
      budget: 200,
    })
    expect(violations[0]?.attribution?.operations[1]?.operation).toBe('sorting')
  })

  it('installs the INP budget: warning over 200 ms, error over 500 ms; a set budget is kept as set', () => {
    const { monitor, observers, env, violations, work } = setup()
    expect(monitor.getBudget('interaction')).toEqual(DEFAULT_INTERACTION_BUDGET)
    for (const [id, duration] of [
      [1, 200],
      [2, 208],
      [3, 504],
    ] as const) {
      work('filtering', id * 1000 + 50, 40, 't')
      observers.deliver('event', [
        eventEntry({ name: 'keydown', interactionId: id, startTime: id * 1000, duration }),
      ])
      env.run()
    }
    expect(violations.map((v) => [v.actual, v.severity])).toEqual([
      [208, 'warning'],
      [504, 'error'],
    ])
    const custom = setup(
      undefined,
      new EnhancedPerformanceMonitor({
        budgets: [{ operation: 'interaction', budgetMs: 50, enabled: true, severity: 'critical' }],
      }),
    )
    custom.work('sorting', 1050, 40, 't')
    custom.observers.deliver('event', [eventEntry({ startTime: 1000, duration: 600 })])
    custom.env.run()
    expect(custom.violations.map((v) => v.severity)).toEqual(['critical'])
  })

  it('records interactions that touched no table, flagged, without a violation', () => {
    const { monitor, observers, env, violations, work } = setup()
    work('appWork', 1050, 30) // the app's own operation, no table
    observers.deliver('event', [
      eventEntry({ startTime: 1000, duration: 400, processingEnd: 1360 }),
    ])
    env.run()
    expect(monitor.getOperationStats('interaction')?.count).toBe(1)
    expect(violations).toEqual([])
    const [recorded] = getRecentInteractions(monitor)
    expect(recorded?.touchedTable).toBe(false)
    expect(recorded?.tableIds).toEqual([])
    expect(recorded?.operations.map((op) => op.operation)).toEqual(['appWork'])
    expect(recorded?.message).toBe('click took 400 ms: appWork 30 ms, presentation 40 ms')
  })

  it('attributes each operation to its own table and blames the one that took longest', () => {
    const { observers, env, violations, work, monitor } = setup()
    work('sorting', 1100, 20, 'small', 100)
    work('filtering', 1250, 150, 'big', 100_000)
    work('filtering', 1260, 5, 'small', 100)
    observers.deliver('event', [eventEntry({ name: 'keydown', startTime: 1000, duration: 300 })])
    env.run()
    const [recorded] = getRecentInteractions(monitor)
    expect(recorded?.tableIds).toEqual(['big', 'small'])
    expect(recorded?.interactionType).toBe('keyboard')
    expect(recorded?.operations.map((op) => `${op.operation}@${op.tableId}`)).toEqual([
      'filtering@big',
      'sorting@small',
      'filtering@small',
    ])
    expect(violations[0]?.tableId).toBe('big')
  })

  it('gathers one record per interaction id, ignores non-interactions and short ones', () => {
    const { monitor, observers, env } = setup({ durationThreshold: 100 })
    expect(observers.observed).toContainEqual({
      type: 'event',
      durationThreshold: 100,
      buffered: false,
    })
    observers.deliver('event', [
      eventEntry({ name: 'keydown', interactionId: 5, startTime: 100, duration: 120 }),
      eventEntry({ name: 'input', interactionId: 0, startTime: 100, duration: 400 }),
      eventEntry({ name: 'keydown', interactionId: 6, startTime: 300, duration: 96 }),
    ])
    observers.deliver('event', [
      eventEntry({ name: 'keyup', interactionId: 5, startTime: 110, duration: 104 }),
    ])
    expect(env.scheduled()).toBe(1)
    env.run()
    // a straggler of an interaction already recorded is not recorded again
    observers.deliver('event', [
      eventEntry({ name: 'keyup', interactionId: 5, startTime: 110, duration: 200 }),
    ])
    expect(env.run()).toBe(0)
    expect(monitor.getOperationStats('interaction')?.count).toBe(1)
    expect(getRecentInteractions(monitor).map((i) => i.interactionId)).toEqual([5])
  })

  it('takes queued entries and Long Animation Frame scripts when recording', () => {
    const { monitor, observers, env, work } = setup()
    work('sorting', 1100, 90, 't', 1000)
    observers.deliver('event', [eventEntry({ startTime: 1000, duration: 200 })])
    observers.queue('long-animation-frame', [frameEntry(990, 210, 95), frameEntry(5000, 60, 55)])
    observers.queue('event', [eventEntry({ name: 'pointerdown', startTime: 996, duration: 48 })])
    env.run()
    const [recorded] = getRecentInteractions(monitor)
    expect(recorded?.scripts).toEqual([
      {
        invoker: 'BUTTON#sort.onclick',
        invokerType: 'event-listener',
        sourceFunctionName: 'sortByName',
        durationMs: 95,
      },
    ])
    expect(monitor.getOperationStats('interaction')?.count).toBe(1)
  })

  it('keeps a bounded number of interactions and stops recording when the monitor is disabled', () => {
    const { monitor, observers, env } = setup({ maxInteractions: 2 })
    for (let id = 1; id <= 3; id++) {
      observers.deliver('event', [eventEntry({ interactionId: id, startTime: id * 1000 })])
      env.run()
    }
    expect(getRecentInteractions(monitor).map((i) => i.interactionId)).toEqual([2, 3])
    monitor.setEnabled(false)
    observers.deliver('event', [eventEntry({ interactionId: 9, startTime: 9000 })])
    expect(env.scheduled()).toBe(0)
    monitor.setEnabled(true)
    expect(monitor.getOperationStats('interaction')?.count).toBe(3)
  })

  it('disconnects, cancels and removes its budget and span log when the last user stops', () => {
    const monitor = new EnhancedPerformanceMonitor()
    const first = setup(undefined, monitor)
    const observers = first.observers
    const second = observeInteractions(monitor, undefined, { environment: first.env })
    expect(observers.active('event')).toBe(1) // one tracker per monitor
    observers.deliver('event', [eventEntry({ startTime: 1000 })])
    first.stop()
    first.stop()
    expect(observers.active('event')).toBe(1)
    second()
    expect(observers.active('event')).toBe(0)
    expect(observers.active('long-animation-frame')).toBe(0)
    expect(first.env.scheduled()).toBe(0)
    expect(monitor.getBudget('interaction')).toBeUndefined()
    expect(getRecentInteractions(monitor)).toEqual([])
    first.work('sorting', 10, 5, 't')
    expect(monitor.getOperationStats('interaction')).toBeUndefined()
  })

  it('keeps a budget the app changed after the tracker installed the default', () => {
    const { monitor, stop } = setup()
    monitor.setBudget({ operation: 'interaction', budgetMs: 300, enabled: true, severity: 'error' })
    stop()
    expect(monitor.getBudget('interaction')?.budgetMs).toBe(300)
  })

  it('reports an error thrown while recording and goes on', () => {
    const { monitor, observers, env, onError } = setup()
    observers.deliver('event', [null])
    expect(onError).toHaveBeenCalledTimes(1)
    observers.deliver('event', [eventEntry({ startTime: 1000 })])
    env.run()
    expect(monitor.getOperationStats('interaction')?.count).toBe(1)
  })

  it('observes no Long Animation Frames where unsupported', () => {
    const observers = fakeObservers(['event'])
    observeInteractions(new EnhancedPerformanceMonitor(), true, {
      environment: fakeEnvironment(observers),
    })
    expect(observers.observed.map((o) => o.type)).toEqual(['event'])
  })

  it('does nothing and never throws in Node, but still validates options', () => {
    const monitor = new EnhancedPerformanceMonitor()
    const stop = observeInteractions(monitor, { durationThreshold: 100 })
    expect(monitor.getBudget('interaction')).toBeUndefined()
    monitor.trackOperation('sorting', 5)
    stop()
    expect(getRecentInteractions(monitor)).toEqual([])
    expect(() => observeInteractions(monitor, { durationThreshold: 5 })).toThrow(
      'features.performance.interactions.durationThreshold',
    )
    expect(
      observeInteractions(monitor, false, { environment: fakeEnvironment(fakeObservers()) })(),
    ).toBeUndefined()
  })
})
