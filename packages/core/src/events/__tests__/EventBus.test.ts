import { describe, expect, it, vi } from 'vitest'
import { EventBus } from '../EventBus'
import type { TableEvent } from '../types'

const payload = { rowCount: 2, previousRowCount: 1 }

function bus(onError: (error: unknown) => void = () => {}) {
  return new EventBus('t1', onError, () => 1234)
}

describe('EventBus', () => {
  it('delivers { type, payload, timestamp, tableId } to handlers in subscription order', () => {
    const events = bus()
    const calls: string[] = []
    let received: TableEvent<'data:change'> | undefined
    events.on('data:change', (event) => {
      calls.push('first')
      received = event
    })
    events.on('data:change', () => calls.push('second'))
    events.emit('data:change', payload)
    expect(calls).toEqual(['first', 'second'])
    expect(received).toEqual({ type: 'data:change', payload, timestamp: 1234, tableId: 't1' })
  })

  it('on returns an unsubscribe function, and off removes a handler', () => {
    const events = bus()
    const a = vi.fn()
    const b = vi.fn()
    const unsubscribe = events.on('data:change', a)
    events.on('data:change', b)
    unsubscribe()
    unsubscribe()
    events.emit('data:change', payload)
    events.off('data:change', b)
    events.emit('data:change', payload)
    events.off('sorting:change', b)
    expect(a).not.toHaveBeenCalled()
    expect(b).toHaveBeenCalledTimes(1)
    expect(events.hasListeners('data:change')).toBe(false)
  })

  it('once delivers one event only, and its unsubscribe works before delivery', () => {
    const events = bus()
    const handler = vi.fn()
    events.once('data:change', handler)
    events.emit('data:change', payload)
    events.emit('data:change', payload)
    expect(handler).toHaveBeenCalledTimes(1)
    const never = vi.fn()
    events.once('data:change', never)()
    events.emit('data:change', payload)
    expect(never).not.toHaveBeenCalled()
  })

  it('a throwing handler stops neither the others nor the emitter; its error reaches onError', () => {
    const errors: unknown[] = []
    const events = bus((error) => errors.push(error))
    const boom = new Error('boom')
    const after = vi.fn()
    events.on('data:change', () => {
      throw boom
    })
    events.on('data:change', after)
    expect(() => events.emit('data:change', payload)).not.toThrow()
    expect(after).toHaveBeenCalledTimes(1)
    expect(errors).toEqual([boom])
  })

  it('falls back to console.error when onError itself throws', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const events = bus(() => {
      throw new Error('hook broke')
    })
    events.on('data:change', () => {
      throw new Error('handler broke')
    })
    events.emit('data:change', payload)
    expect(spy).toHaveBeenCalledTimes(1)
    spy.mockRestore()
  })

  it('changes to the listener list during an emission apply to the next emission', () => {
    const events = bus()
    const late = vi.fn()
    const calls: string[] = []
    const unsubscribeFirst = events.on('data:change', () => {
      calls.push('first')
      unsubscribeSecond()
      events.on('data:change', late)
    })
    const unsubscribeSecond = events.on('data:change', () => calls.push('second'))
    events.emit('data:change', payload)
    expect(calls).toEqual(['first', 'second'])
    expect(late).not.toHaveBeenCalled()
    unsubscribeFirst()
    events.emit('data:change', payload)
    expect(late).toHaveBeenCalledTimes(1)
  })

  it('builds no event when a type has no handlers, and clear removes everything', () => {
    const now = vi.fn(() => 1)
    const events = new EventBus('t', () => {}, now)
    events.emit('data:change', payload)
    expect(now).not.toHaveBeenCalled()
    const handler = vi.fn()
    events.on('data:change', handler)
    events.clear()
    events.emit('data:change', payload)
    expect(handler).not.toHaveBeenCalled()
  })

  it('types payloads by event name', () => {
    const events = bus()
    events.on('performance:budgetViolation', (event) => {
      const operation: string = event.payload.operation
      expect(operation).toBe('sort')
    })
    events.emit('performance:budgetViolation', {
      operation: 'sort',
      actual: 20,
      budget: 10,
      severity: 'warning',
      timestamp: 0,
      impact: 'userVisible',
    })
    events.on('sorting:change', (event) => {
      // @ts-expect-error: sorting:change carries sorting, not rowCount
      const count: number = event.payload.rowCount
      expect(count).toBeUndefined()
    })
    events.emit('sorting:change', { sorting: [], previousSorting: [] })
    // @ts-expect-error: unknown event names are rejected
    events.on('no:such', () => {})
  })
})
