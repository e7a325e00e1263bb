import { afterEach, describe, expect, it, vi } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { ConsoleAlertDestination } from '../console'
import { createCustomAlertDestination, toAlertDestination } from '../custom'
import { DatadogLoggerAlertDestination } from '../datadog-logger'
import { AlertDispatcher } from '../AlertDispatcher'
import { createTimeoutError, redactSecrets, warnDeliveryError } from '../delivery-error'
import { NewRelicAgentAlertDestination } from '../newrelic-agent'
import { formatViolationLine, toFlatAttributes } from '../payload'
import { SentryClientAlertDestination } from '../sentry-client'
import { violation } from './violations'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('ConsoleAlertDestination', () => {
  it('warns for warnings and errors for error and critical, with one readable line', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const destination = new ConsoleAlertDestination()
    expect(destination).toMatchObject({ id: 'console', type: 'console' })
    await destination.send(violation())
    await destination.send(violation({ severity: 'error' }))
    await destination.send({
      ...violation({ severity: 'critical', tableId: 'orders' }),
      secret: 'x',
    } as never)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]).toEqual([
      '[GridKit] Performance budget violated: "sort" took 120.0 ms (budget 50 ms), warning, userVisible',
      violation(),
    ])
    expect(error).toHaveBeenCalledTimes(2)
    expect(error.mock.calls[1]?.[0]).toContain('in table "orders"')
    expect(error.mock.calls[1]?.[1]).not.toHaveProperty('secret')
    expect(new ConsoleAlertDestination({ id: 'c2', minSeverity: 'error' })).toMatchObject({
      id: 'c2',
      minSeverity: 'error',
    })
  })

  it('mentions suppressed counts in the line', () => {
    expect(formatViolationLine(violation({ suppressedCount: 12 }))).toContain('(+12 suppressed)')
  })
})

describe('custom destinations', () => {
  it('wraps functions and objects with send; sync throws become rejections', async () => {
    const fn = vi.fn()
    const fromFn = createCustomAlertDestination(fn, { id: 'mine', minSeverity: 'critical' })
    expect(fromFn).toMatchObject({ id: 'mine', type: 'custom', minSeverity: 'critical' })
    await fromFn.send(violation())
    expect(fn).toHaveBeenCalledWith(violation())
    const throwing = createCustomAlertDestination(() => {
      throw new Error('sync')
    })
    expect(throwing.id).toMatch(/^custom-\d+$/)
    await expect(throwing.send(violation())).rejects.toThrow('sync')
    const fromObject = createCustomAlertDestination({ id: 'obj', send: fn })
    await fromObject.send(violation({ operation: 'x' }))
    expect(fn).toHaveBeenLastCalledWith(violation({ operation: 'x' }))
  })

  it('validates ids, minSeverity and the target, naming the option', () => {
    expect(() => createCustomAlertDestination(42 as never)).toThrow(
      /function or an object with a send/,
    )
    expect(() => createCustomAlertDestination(() => {}, { id: '' })).toThrow(
      /\.id must be a non-empty/,
    )
    expect(() => createCustomAlertDestination(() => {}, { minSeverity: 'fatal' as never })).toThrow(
      /minSeverity/,
    )
    expect(() => toAlertDestination({ send: 1 }, 'alerts.destinations[3]')).toThrow(
      /^alerts\.destinations\[3\] must be/,
    )
    const full = { id: 'full', type: 'sentry' as const, send: () => Promise.resolve() }
    expect(toAlertDestination(full)).toBe(full)
    expect(() => toAlertDestination({ ...full, minSeverity: 'x' })).toThrow(GridKitError)
    expect(toAlertDestination({ ...full, type: 'other' }).type).toBe('custom')
  })
})

describe("vendor-free destinations over the app's SDK objects", () => {
  it('Sentry: captureMessage with level, tags and extra', async () => {
    const captureMessage = vi.fn()
    await new SentryClientAlertDestination({ captureMessage }).send(
      violation({ severity: 'critical', rowCount: 3 }),
    )
    expect(captureMessage).toHaveBeenCalledWith('Performance budget violation', {
      level: 'error',
      tags: { operation: 'sort', impact: 'userVisible', severity: 'critical' },
      extra: violation({ severity: 'critical', rowCount: 3 }),
    })
    expect(() => new SentryClientAlertDestination({} as never)).toThrow(/captureMessage/)
  })

  it('Datadog: a logger, or datadogLogs with getLogger/createLogger or only logger', async () => {
    const named = { warn: vi.fn(), error: vi.fn() }
    const createLogger = vi.fn(() => named)
    await new DatadogLoggerAlertDestination({
      logger: { warn: vi.fn(), error: vi.fn() },
      createLogger,
    }).send(violation())
    expect(createLogger).toHaveBeenCalledWith('gridkit-performance', {
      level: 'warn',
      handler: 'http',
    })
    expect(named.warn).toHaveBeenCalledWith('Performance budget violation', violation())

    const existing = { warn: vi.fn(), error: vi.fn() }
    await new DatadogLoggerAlertDestination({
      logger: named,
      getLogger: () => existing,
      createLogger,
    }).send(violation({ severity: 'critical' }))
    expect(existing.error).toHaveBeenCalledTimes(1)
    expect(createLogger).toHaveBeenCalledTimes(1)

    const main = { warn: vi.fn(), error: vi.fn() }
    await new DatadogLoggerAlertDestination({ logger: main }).send(violation())
    expect(main.warn).toHaveBeenCalledTimes(1)
    expect(() => new DatadogLoggerAlertDestination({ warn: vi.fn() } as never)).toThrow(
      /datadogLogs/,
    )
  })

  it('New Relic: recordCustomEvent with flat attributes, addPageAction as fallback', async () => {
    const recordCustomEvent = vi.fn()
    const addPageAction = vi.fn()
    const destination = new NewRelicAgentAlertDestination({ recordCustomEvent, addPageAction })
    await destination.send(violation({ tableId: 't', suppressedCount: 4 }))
    expect(recordCustomEvent).toHaveBeenCalledWith('GridKitBudgetViolation', {
      ...violation({ tableId: 't' }),
      suppressedCount: 4,
    })
    expect(addPageAction).not.toHaveBeenCalled()
    expect(() => new NewRelicAgentAlertDestination(null as never)).toThrow(/recordCustomEvent/)
  })
})

describe('payload', () => {
  it('flattens only the allowed primitive fields and drops a zero suppressedCount', () => {
    const attributes = toFlatAttributes({
      ...violation({ suppressedCount: 0 }),
      nested: { row: 1 },
    } as never)
    expect(Object.keys(attributes).sort()).toEqual(
      ['actual', 'budget', 'impact', 'operation', 'severity', 'timestamp'].sort(),
    )
  })

  it('redacts URLs and key-like tokens from error text', () => {
    expect(redactSecrets('POST https://k@h/1?key=x failed with abcdefghijklmnopqrstuvwxyz')).toBe(
      'POST <url> failed with <redacted>',
    )
  })

  it('redacts key-like destination ids and operation names in messages and warnings', () => {
    const token = 'pub0123456789abcdef0123456789abcdef'
    const dispatcher = new AlertDispatcher()
    dispatcher.add({ id: token, send: vi.fn() })
    let message = ''
    try {
      dispatcher.add({ id: token, send: vi.fn() })
    } catch (error) {
      message = (error as GridKitError).message
    }
    expect(message).toContain('id "<redacted>" is already added')
    expect(createTimeoutError(token, 50).message).toBe(
      'alert send to "<redacted>" did not settle within 50 ms',
    )
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    warnDeliveryError(new Error('x'), { destinationId: token, operation: `https://${token}@h/1` })
    expect(warn.mock.calls[0]?.[0]).toBe(
      '[GridKit] Alert delivery to "<redacted>" failed for operation "<url>": Error: x (later ' +
        'failures of this destination are only counted)',
    )
  })
})
