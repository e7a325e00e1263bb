// Issue 10 §3: monitoring must not create work. A table nobody reads does no more row work
// with monitoring on than off, beyond one coalesced build when the thread is idle; none
// while the page is hidden or the monitor is disabled.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { generateData } from './fixture'
import { countingTable, ManualIdleScheduler, monitoredCountingTable } from './harness'

/** Lets any microtask or timer a scheduler may have queued run (no sleep: one macrotask turn). */
const flushTasks = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('an unread table', () => {
  it('does no row work without monitoring (the baseline)', () => {
    const { table, reads } = countingTable(500)
    for (let i = 0; i < 5; i += 1) table.setData(generateData(500))
    expect(reads()).toBe(0)
  })

  it('with monitoring: one coalesced idle build for a burst of changes, then none', () => {
    const idle = new ManualIdleScheduler()
    const { table, reads, monitor } = monitoredCountingTable(500, { scheduleBuild: idle.schedule })
    for (let i = 0; i < 5; i += 1) table.setData(generateData(500))
    expect(idle.pending).toBe(1)
    expect(reads()).toBe(0) // nothing before the thread is idle
    idle.runAll()
    const afterFirstBuild = reads()
    expect(afterFirstBuild).toBeGreaterThan(0)
    expect(monitor.getOperationStats('sorting')?.count).toBe(1)

    // Nobody read the rows the idle build made: later changes schedule nothing.
    for (let i = 0; i < 5; i += 1) {
      table.setData(generateData(500))
      idle.runAll()
    }
    expect(idle.pending).toBe(0)
    expect(reads()).toBe(afterFirstBuild)
  })

  it('is built eagerly again once the app reads its rows', () => {
    const idle = new ManualIdleScheduler()
    const { table, monitor } = monitoredCountingTable(100, { scheduleBuild: idle.schedule })
    table.setData(generateData(100))
    idle.runAll()
    table.setData(generateData(100))
    expect(idle.pending).toBe(0)
    table.getRowModel() // the app reads: a rebuild outside the idle build
    table.setData(generateData(100))
    expect(idle.pending).toBe(1)
    idle.runAll()
    expect(monitor.getOperationStats('coreRowModel')?.count).toBe(3)
  })

  it('an app that renders every change keeps the idle build a memo hit', () => {
    const idle = new ManualIdleScheduler()
    const { table, reads } = monitoredCountingTable(100, { scheduleBuild: idle.schedule })
    for (let i = 0; i < 3; i += 1) {
      table.setData(generateData(100))
      table.getRowModel() // the render
      const rendered = reads()
      idle.runAll()
      expect(reads()).toBe(rendered)
    }
  })

  it('does no row work while the page is hidden', () => {
    const idle = new ManualIdleScheduler()
    let hidden = true
    const { table, reads } = monitoredCountingTable(200, {
      scheduleBuild: idle.schedule,
      isHidden: () => hidden,
    })
    table.setData(generateData(200))
    idle.runAll()
    expect(reads()).toBe(0)
    hidden = false
    table.setData(generateData(200))
    idle.runAll()
    expect(reads()).toBeGreaterThan(0)
  })

  it('reads document.visibilityState by default', async () => {
    vi.stubGlobal('document', { visibilityState: 'hidden' })
    const idle = new ManualIdleScheduler()
    const { table, reads } = monitoredCountingTable(200, { scheduleBuild: idle.schedule })
    table.setData(generateData(200))
    idle.runAll()
    await flushTasks()
    expect(reads()).toBe(0)
  })

  it('does no row work while the monitor is disabled', async () => {
    const idle = new ManualIdleScheduler()
    const { table, reads, monitor } = monitoredCountingTable(200, { scheduleBuild: idle.schedule })
    monitor.setEnabled(false)
    for (let i = 0; i < 3; i += 1) table.setData(generateData(200))
    expect(idle.pending).toBe(0)
    monitor.setEnabled(true)
    table.setData(generateData(200))
    expect(idle.pending).toBe(1)
    monitor.setEnabled(false) // disabled again before the thread was idle
    idle.runAll()
    await flushTasks()
    expect(reads()).toBe(0)
  })
})

describe('the default idle scheduler', () => {
  it('uses requestIdleCallback where the runtime has it, called unbound', () => {
    const callbacks: (() => void)[] = []
    vi.stubGlobal('requestIdleCallback', function (this: unknown, callback: () => void) {
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation')
      callbacks.push(callback)
      return callbacks.length
    })
    vi.stubGlobal('cancelIdleCallback', () => undefined)
    const { table, monitor } = monitoredCountingTable(50, {})
    table.setSorting([{ id: 'id', desc: true }])
    expect(callbacks).toHaveLength(1)
    expect(monitor.getOperationStats('sorting')).toBeUndefined()
    callbacks[0]?.()
    expect(monitor.getOperationStats('sorting')?.count).toBe(1)
  })

  it('falls back to a macrotask, cancelled on destroy', () => {
    vi.useFakeTimers()
    const { table, reads } = monitoredCountingTable(50, {})
    table.setSorting([{ id: 'id', desc: true }])
    expect(vi.getTimerCount()).toBe(1)
    table.destroy()
    expect(vi.getTimerCount()).toBe(0)
    expect(reads()).toBe(0)
  })
})
