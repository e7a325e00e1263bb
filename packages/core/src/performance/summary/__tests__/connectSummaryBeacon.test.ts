import { afterEach, describe, expect, it, vi } from 'vitest'
import { columns, generateData } from '../../integration/__tests__/fixture'
import { createTable } from '../../integration/create-monitored-table'
import { EnhancedPerformanceMonitor } from '../../monitor/EnhancedPerformanceMonitor'
import { connectSummaryBeacon, type BeaconRuntime } from '../connectSummaryBeacon'
import { encodeSummary } from '../encodeSummary'
import { mergeSummaries } from '../mergeSummaries'
import { SummaryRecorder } from '../SummaryRecorder'
import type { PerformanceSummary } from '../types'

/** A page: a window and a document as EventTargets, and a sendBeacon that records bodies. */
function fakePage(accept: () => boolean = () => true) {
  const sent: { url: string; body: string }[] = []
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' })
  const window = new EventTarget()
  const runtime: BeaconRuntime = {
    sendBeacon: vi.fn((url: string, body: string) => {
      const ok = accept()
      if (ok) sent.push({ url, body })
      return ok
    }),
    window,
    document,
  }
  const hide = (): void => {
    window.dispatchEvent(new Event('pagehide'))
    document.visibilityState = 'hidden'
    document.dispatchEvent(new Event('visibilitychange'))
  }
  const show = (): void => {
    document.visibilityState = 'visible'
    document.dispatchEvent(new Event('visibilitychange'))
  }
  return { runtime, sent, hide, show }
}

const parse = (body: string): PerformanceSummary => JSON.parse(body) as PerformanceSummary

describe('connectSummaryBeacon', () => {
  it('sends the summary once on page hide, as JSON to the URL', () => {
    const page = fakePage()
    const monitor = new EnhancedPerformanceMonitor({ budgets: { sorting: 10 } })
    connectSummaryBeacon(monitor, { url: '/perf/summary' }, page.runtime)
    monitor.trackOperation('sorting', 20, { rowCount: 50_000, tableId: 'private-table-name' })
    monitor.trackOperation('sorting', 5, { rowCount: 50_000 })
    expect(page.sent).toHaveLength(0)
    page.hide()
    expect(page.sent).toHaveLength(1)
    expect(page.sent[0]?.url).toBe('/perf/summary')
    expect(page.sent[0]?.body).not.toContain('private-table-name')
    const summary = parse(page.sent[0]?.body ?? '')
    expect(summary.sessions).toBe(1)
    expect(summary.operations.sorting).toMatchObject({
      count: 2,
      sum: 25,
      violations: { warning: 1 },
    })
  })

  it('sends only new samples after each beacon, so merging them counts each sample and session once', () => {
    const page = fakePage()
    const monitor = new EnhancedPerformanceMonitor()
    const beacon = connectSummaryBeacon(
      monitor,
      { url: 'https://perf.example.test/s' },
      page.runtime,
    )
    monitor.trackOperation('sorting', 5)
    page.hide()
    page.show()
    page.hide() // nothing new: no empty beacon
    monitor.trackOperation('sorting', 7)
    monitor.trackOperation('filtering', 3)
    page.hide()
    expect(page.sent).toHaveLength(2)
    const merged = mergeSummaries(page.sent.map(({ body }) => parse(body)))
    expect(merged.sessions).toBe(1)
    expect(merged.operations).toMatchObject({
      sorting: { count: 2, sum: 12 },
      filtering: { count: 1 },
    })
    expect(merged).toEqual(mergeSummaries([monitor.getSummary()]))
    expect(beacon.getStats()).toMatchObject({ sent: 2, failed: 0, omittedOperations: 0 })
    expect(beacon.getStats().bytes).toBe(
      page.sent.reduce((total, { body }) => total + body.length, 0),
    )
  })

  it('keeps the samples when the browser refuses the beacon, and sends them next time', () => {
    let accept = false
    const page = fakePage(() => accept)
    const monitor = new EnhancedPerformanceMonitor()
    const beacon = connectSummaryBeacon(monitor, { url: '/s' }, page.runtime)
    monitor.trackOperation('sorting', 5)
    page.hide()
    expect(beacon.getStats()).toMatchObject({ sent: 0, failed: 2 })
    accept = true
    expect(beacon.flush()).toBe(true)
    expect(parse(page.sent[0]?.body ?? '').operations.sorting?.count).toBe(1)
  })

  it('catches and reports a throwing sendBeacon; the table operation is unaffected', () => {
    const page = fakePage(() => {
      throw new TypeError('blocked by CSP')
    })
    const onError = vi.fn()
    const monitor = new EnhancedPerformanceMonitor()
    const beacon = connectSummaryBeacon(monitor, { url: '/s', onError }, page.runtime)
    monitor.trackOperation('sorting', 5)
    expect(() => {
      page.hide()
    }).not.toThrow()
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'blocked by CSP' }))
    expect(beacon.getStats().failed).toBe(2)
  })

  it('disconnect sends what is left and stops listening', () => {
    const page = fakePage()
    const monitor = new EnhancedPerformanceMonitor()
    const beacon = connectSummaryBeacon(monitor, { url: '/s' }, page.runtime)
    monitor.trackOperation('sorting', 5)
    beacon.disconnect()
    beacon.disconnect()
    monitor.trackOperation('sorting', 6)
    page.hide()
    expect(page.sent).toHaveLength(1)
    expect(parse(page.sent[0]?.body ?? '').operations.sorting?.count).toBe(1)
  })

  it('attaches nothing where there is no sendBeacon (Node)', () => {
    const monitor = new EnhancedPerformanceMonitor()
    const beacon = connectSummaryBeacon(monitor, { url: '/s' })
    monitor.trackOperation('sorting', 5)
    expect(beacon.flush()).toBe(false)
    beacon.disconnect()
    expect(beacon.getStats()).toEqual({ sent: 0, failed: 0, bytes: 0, omittedOperations: 0 })
  })

  it('stays within maxBytes, keeping the operations with most samples first', () => {
    const page = fakePage()
    const monitor = new EnhancedPerformanceMonitor()
    const beacon = connectSummaryBeacon(monitor, { url: '/s', maxBytes: 1024 }, page.runtime)
    for (let op = 0; op < 40; op++) {
      for (let i = 0; i <= op; i++) monitor.trackOperation(`operation-${op}`, 1 + i * 3.7)
    }
    page.hide()
    const body = page.sent[0]?.body ?? ''
    expect(new TextEncoder().encode(body).length).toBeLessThanOrEqual(1024)
    const kept = Object.keys(parse(body).operations)
    expect(kept.length).toBeGreaterThan(0)
    expect(kept).toContain('operation-39')
    expect(kept.length).toBeLessThan(40)
    expect(beacon.getStats().omittedOperations).toBe(40 - kept.length)
  })
})

describe('encodeSummary', () => {
  it('returns the whole summary when it fits, and an empty one when no operation fits', () => {
    const recorder = new SummaryRecorder()
    recorder.record('sorting', 1, undefined, undefined)
    const whole = encodeSummary(recorder.toSummary(), 10_000)
    expect(whole).toEqual({ body: JSON.stringify(recorder.toSummary()), omittedOperations: 0 })
    for (let i = 0; i < 2_000; i++) recorder.record('sorting', 1.013 ** i, undefined, undefined)
    const none = encodeSummary(recorder.toSummary(), 1024)
    expect(parse(none.body).operations).toEqual({})
    expect(none.omittedOperations).toBe(1)
  })
})

describe('features.performance.summary', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  const make =
    (summary: unknown, extra: object = {}) =>
    () =>
      createTable({
        data: generateData(10),
        columns,
        features: { performance: { summary, ...extra } as never },
      })

  it.each([
    ['a string', '/s', 'features.performance.summary', /must be an object/],
    ['no url', {}, 'features.performance.summary.url', /an http\(s\) URL or a path/],
    [
      'a javascript: URL',
      { url: 'javascript:alert(1)' },
      'features.performance.summary.url',
      /got a string/,
    ],
    [
      'a protocol-relative URL',
      { url: '//evil.test/x' },
      'features.performance.summary.url',
      /path starting/,
    ],
    ['an unparsable URL', { url: 'http://' }, 'features.performance.summary.url', /URL/],
    [
      'maxBytes too large',
      { url: '/s', maxBytes: 1e6 },
      'features.performance.summary.maxBytes',
      /1024 to 65536/,
    ],
    [
      'a fractional maxBytes',
      { url: '/s', maxBytes: 2048.5 },
      'features.performance.summary.maxBytes',
      /integer/,
    ],
    [
      'onError not a function',
      { url: '/s', onError: 1 },
      'features.performance.summary.onError',
      /a function/,
    ],
    [
      'an unknown key',
      { url: '/s', urls: [] },
      'features.performance.summary.urls',
      /accepted: url, maxBytes, onError/,
    ],
  ])(
    'refuses %s with INVALID_PERFORMANCE_OPTION naming the option',
    (_name, summary, option, message) => {
      expect(make(summary)).toThrow(
        expect.objectContaining({
          code: 'INVALID_PERFORMANCE_OPTION',
          details: { option },
          message: expect.stringMatching(message) as string,
        }),
      )
    },
  )

  it('never echoes the URL (it may carry a token)', () => {
    expect(make({ url: 'ftp://user:secret-token@host/x' })).toThrow(
      /got a string \(\d+ characters\)/,
    )
    expect(make({ url: 'ftp://user:secret-token@host/x' })).not.toThrow(/secret-token/)
  })

  it('is refused beside a shared monitor', () => {
    expect(make({ url: '/s' }, { monitor: new EnhancedPerformanceMonitor() })).toThrow(
      /cannot be set beside a shared monitor; call connectSummaryBeacon/,
    )
  })

  it('a table sends its samples on page hide and what is left on destroy', () => {
    const sent: string[] = []
    const windowTarget = new EventTarget()
    const documentTarget = Object.assign(new EventTarget(), { visibilityState: 'visible' })
    vi.stubGlobal('window', windowTarget)
    vi.stubGlobal('document', documentTarget)
    vi.stubGlobal('navigator', {
      sendBeacon(this: unknown, _url: string, body: string) {
        sent.push(body)
        return true
      },
    })
    const table = createTable({
      data: generateData(2_000),
      columns,
      features: { performance: { summary: { url: '/perf' } } },
    })
    table.setSorting([{ id: 'value', desc: false }])
    table.getRowModel()
    windowTarget.dispatchEvent(new Event('pagehide'))
    expect(sent).toHaveLength(1)
    const first = parse(sent[0] ?? '')
    expect(first.operations.sorting?.rows['1k-10k']?.count).toBe(
      table.metrics.getOperationStats('sorting')?.count,
    )
    table.setSorting([{ id: 'name', desc: true }])
    table.getRowModel()
    table.destroy()
    expect(sent).toHaveLength(2)
    expect(parse(sent[1] ?? '').sessions).toBe(0)
    windowTarget.dispatchEvent(new Event('pagehide'))
    expect(sent).toHaveLength(2)
  })
})
