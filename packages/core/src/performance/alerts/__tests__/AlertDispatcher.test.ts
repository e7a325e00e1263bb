import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import type { BudgetViolation } from '../../types/metrics'
import { AlertDispatcher } from '../AlertDispatcher'
import type { AlertDestination, AlertDispatcherOptions } from '../types'
import { ManualScheduler, settle } from './manual-scheduler'
import { trapUnhandledRejections, violation } from './violations'

let scheduler: ManualScheduler
let trap: ReturnType<typeof trapUnhandledRejections>

beforeEach(() => {
  scheduler = new ManualScheduler()
  trap = trapUnhandledRejections()
})

afterEach(() => {
  trap.dispose()
  expect(trap.reasons).toEqual([])
})

function make(options: AlertDispatcherOptions = {}): AlertDispatcher {
  return new AlertDispatcher({ now: scheduler.now, scheduler, onError: () => {}, ...options })
}

function recorder(id = 'rec'): AlertDestination & { received: BudgetViolation[] } {
  const received: BudgetViolation[] = []
  return {
    id,
    type: 'custom',
    received,
    send: (v) => {
      received.push(v)
      return Promise.resolve()
    },
  }
}

describe('AlertDispatcher delivery', () => {
  it('enqueue only queues; one drain runs on the next scheduler turn', async () => {
    const dispatcher = make({ cooldownMs: 0 })
    const dest = recorder()
    dispatcher.add(dest)
    dispatcher.enqueue(violation({ operation: 'a' }))
    dispatcher.enqueue(violation({ operation: 'b' }))
    expect(dest.received).toEqual([])
    expect(scheduler.pending).toBe(1)
    expect(dispatcher.getQueueStats()).toMatchObject({ queued: 2, accepted: 2 })
    await scheduler.advance(0)
    expect(dest.received.map((v) => v.operation)).toEqual(['a', 'b'])
    expect(dispatcher.getStats()).toEqual([
      { id: 'rec', type: 'custom', delivered: 2, failed: 0, timedOut: 0, suppressed: 0 },
    ])
    expect(scheduler.pending).toBe(0)
  })

  it('sends only the allowed payload fields, as a copy', async () => {
    const dispatcher = make()
    const dest = recorder()
    dispatcher.add(dest)
    const original = { ...violation({ tableId: 't1', rowCount: 10 }), rows: [{ ssn: 'x' }] }
    dispatcher.enqueue(original)
    await dispatcher.flush()
    expect(dest.received[0]).toEqual({
      operation: 'sort',
      actual: 120,
      budget: 50,
      severity: 'warning',
      timestamp: 1_700_000_000_000,
      impact: 'userVisible',
      tableId: 't1',
      rowCount: 10,
    })
    expect(dest.received[0]).not.toBe(original)
  })

  it('accepts functions and objects with send, and refuses duplicates and bad values', () => {
    const dispatcher = make()
    const fromFn = dispatcher.add(() => {})
    expect(fromFn.type).toBe('custom')
    const fromObj = dispatcher.add({ id: 'obj', send: () => {}, minSeverity: 'error' })
    expect(fromObj).toMatchObject({ id: 'obj', type: 'custom', minSeverity: 'error' })
    expect(() => dispatcher.add({ id: 'obj', send: () => {} })).toThrow(/already added/)
    expect(() => dispatcher.add({} as never)).toThrow(GridKitError)
    expect(dispatcher.getDestinations().map((d) => d.id)).toEqual([fromFn.id, 'obj'])
    expect(dispatcher.remove('obj')).toBe(true)
    expect(dispatcher.remove('obj')).toBe(false)
  })

  it('respects per-destination minSeverity and the dispatcher minSeverity', async () => {
    const dispatcher = make({ cooldownMs: 0 })
    const all = recorder('all')
    const severe = { ...recorder('severe'), minSeverity: 'error' as const }
    dispatcher.add(all)
    dispatcher.add(severe)
    dispatcher.enqueue(violation({ severity: 'warning' }))
    dispatcher.enqueue(violation({ severity: 'critical' }))
    await dispatcher.flush()
    expect(all.received.map((v) => v.severity)).toEqual(['warning', 'critical'])
    expect(severe.received.map((v) => v.severity)).toEqual(['critical'])
    expect(dispatcher.getStats()[1]).toMatchObject({ delivered: 1, suppressed: 1 })

    const strict = make({ minSeverity: 'critical' })
    const only = recorder()
    strict.add(only)
    strict.enqueue(violation({ severity: 'error' }))
    await strict.flush()
    expect(only.received).toEqual([])
    expect(strict.getQueueStats().belowMinSeverity).toBe(1)
  })

  it('never throws from enqueue: invalid values and a throwing clock are counted', () => {
    let calls = 0
    const dispatcher = make({
      now: () => {
        calls += 1
        throw new Error('clock broke')
      },
    })
    dispatcher.enqueue(null as never)
    dispatcher.enqueue({ operation: 1 } as never)
    dispatcher.enqueue(violation({ severity: 'fatal' as never }))
    expect(() => {
      dispatcher.enqueue(violation())
    }).not.toThrow()
    expect(calls).toBe(1)
    expect(dispatcher.getQueueStats().invalid).toBe(4)
  })
})

describe('AlertDispatcher beforeSend', () => {
  it('may scrub or drop; a throw or a bad result is reported and drops', async () => {
    const errors: string[] = []
    const dispatcher = make({
      cooldownMs: 0,
      onError: (_e, ctx) => errors.push(ctx.destinationId),
      beforeSend: (v) => {
        if (v.operation === 'drop') return null
        if (v.operation === 'throw') throw new Error('hook broke')
        if (v.operation === 'bad') return { nope: true } as never
        return { ...v, operation: 'scrubbed', tableId: undefined }
      },
    })
    const dest = recorder()
    dispatcher.add(dest)
    for (const operation of ['keep', 'drop', 'throw', 'bad']) {
      dispatcher.enqueue(violation({ operation, tableId: 'secret-table' }))
    }
    await dispatcher.flush()
    expect(dest.received).toHaveLength(1)
    expect(dest.received[0]?.operation).toBe('scrubbed')
    expect(dest.received[0]).not.toHaveProperty('tableId')
    expect(errors).toEqual(['beforeSend', 'beforeSend'])
    expect(dispatcher.getStats()[0]?.suppressed).toBe(3)
  })
})

describe('AlertDispatcher cooldown and rate limit', () => {
  it('suppresses within the cooldown per (operation, severity) and carries the count', async () => {
    const dispatcher = make({ cooldownMs: 1000, rateLimit: false })
    const dest = recorder()
    dispatcher.add(dest)
    for (let i = 0; i < 5; i += 1) dispatcher.enqueue(violation())
    dispatcher.enqueue(violation({ severity: 'error' }))
    dispatcher.enqueue(violation({ operation: 'filter' }))
    await scheduler.advance(0)
    expect(dest.received.map((v) => [v.operation, v.severity, v.suppressedCount])).toEqual([
      ['sort', 'warning', undefined],
      ['sort', 'error', undefined],
      ['filter', 'warning', undefined],
    ])
    await scheduler.advance(999)
    dispatcher.enqueue(violation())
    await scheduler.advance(1)
    dispatcher.enqueue(violation())
    await dispatcher.flush()
    expect(dest.received.at(-1)).toMatchObject({ operation: 'sort', suppressedCount: 5 })
    expect(dispatcher.getQueueStats().suppressedByCooldown).toBe(5)
    expect(dispatcher.getStats()[0]).toMatchObject({ delivered: 4, suppressed: 5 })
  })

  it('rate-limits per destination and carries what it held back', async () => {
    const dispatcher = make({ cooldownMs: 0, rateLimit: { max: 2, intervalMs: 1000 } })
    const dest = recorder()
    dispatcher.add(dest)
    for (let i = 0; i < 5; i += 1) dispatcher.enqueue(violation())
    await dispatcher.flush()
    expect(dest.received).toHaveLength(2)
    await scheduler.advance(1000)
    dispatcher.enqueue(violation())
    await dispatcher.flush()
    expect(dest.received.at(-1)?.suppressedCount).toBe(3)
    expect(dispatcher.getStats()[0]).toMatchObject({ delivered: 3, suppressed: 3 })
  })

  it('counts queue overflow as dropped and carries it to the next alert of the key', async () => {
    const dispatcher = make({ cooldownMs: 0, maxQueue: 2 })
    const dest = recorder()
    dispatcher.add(dest)
    for (let i = 0; i < 4; i += 1) dispatcher.enqueue(violation())
    expect(dispatcher.getQueueStats()).toMatchObject({ queued: 2, dropped: 2 })
    await dispatcher.flush()
    dispatcher.enqueue(violation())
    await dispatcher.flush()
    expect(dest.received.map((v) => v.suppressedCount)).toEqual([undefined, undefined, 2])
  })
})

describe('AlertDispatcher flush and dispose', () => {
  it('flush resolves true when idle and false on timeout', async () => {
    const dispatcher = make({ timeoutMs: 3000 })
    await expect(dispatcher.flush()).resolves.toBe(true)
    dispatcher.add({ id: 'hang', send: () => new Promise<void>(() => {}) })
    dispatcher.enqueue(violation())
    const flushed = dispatcher.flush(100)
    await scheduler.advance(100)
    await expect(flushed).resolves.toBe(false)
    const again = dispatcher.flush(Number.NaN)
    await scheduler.advance(2900)
    await expect(again).resolves.toBe(true)
    expect(dispatcher.getStats()[0]).toMatchObject({ failed: 1, timedOut: 1 })
  })

  it('dispose cancels timers, drops the queue and resolves waiting flushes with false', async () => {
    const dispatcher = make()
    dispatcher.add({ id: 'hang', send: () => new Promise<void>(() => {}) })
    dispatcher.enqueue(violation({ operation: 'a' }))
    await scheduler.advance(0)
    const flushed = dispatcher.flush()
    dispatcher.enqueue(violation({ operation: 'b' }))
    dispatcher.dispose()
    dispatcher.dispose()
    await expect(flushed).resolves.toBe(false)
    expect(scheduler.pending).toBe(0)
    dispatcher.enqueue(violation({ operation: 'c' }))
    expect(dispatcher.getQueueStats()).toMatchObject({ queued: 0, inFlight: 0, dropped: 2 })
    // Alerts were dropped: a later flush says so rather than claiming delivery.
    await expect(dispatcher.flush()).resolves.toBe(false)
  })

  it('uses global timers by default and leaves none behind', async () => {
    vi.useFakeTimers()
    try {
      const dispatcher = new AlertDispatcher({ onError: () => {} })
      const dest = recorder()
      dispatcher.add(dest)
      dispatcher.enqueue(violation())
      expect(vi.getTimerCount()).toBe(1)
      await vi.advanceTimersByTimeAsync(0)
      expect(dest.received).toHaveLength(1)
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
    await settle()
  })
})
