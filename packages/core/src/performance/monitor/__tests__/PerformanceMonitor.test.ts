import { describe, expect, it } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { PerformanceMonitor } from '../PerformanceMonitor'

function fakeClock(step: number): () => number {
  let t = 0
  return () => (t += step)
}

describe('PerformanceMonitor', () => {
  it('times start/end with the injected clock and reports to onMeasure', () => {
    const seen: [string, number][] = []
    const monitor = new PerformanceMonitor({
      now: fakeClock(5),
      onMeasure: (op, ms) => seen.push([op, ms]),
    })
    const end = monitor.start('sorting')
    expect(end()).toBe(5)
    expect(seen).toEqual([['sorting', 5]])
  })

  it('measure returns the value, and records then rethrows on error', () => {
    const seen: string[] = []
    const monitor = new PerformanceMonitor({ now: fakeClock(1), onMeasure: (op) => seen.push(op) })
    expect(monitor.measure('a', () => 42)).toBe(42)
    expect(() =>
      monitor.measure('b', () => {
        throw new Error('boom')
      }),
    ).toThrow('boom')
    expect(seen).toEqual(['a', 'b'])
  })

  it('measureAsync records resolved and rejected calls and rethrows', async () => {
    const seen: string[] = []
    const monitor = new PerformanceMonitor({ now: fakeClock(1), onMeasure: (op) => seen.push(op) })
    await expect(monitor.measureAsync('ok', () => Promise.resolve('v'))).resolves.toBe('v')
    await expect(monitor.measureAsync('bad', () => Promise.reject(new Error('x')))).rejects.toThrow(
      'x',
    )
    expect(seen).toEqual(['ok', 'bad'])
  })

  it('disabled, it times nothing and calls straight through', async () => {
    const seen: string[] = []
    let reads = 0
    const monitor = new PerformanceMonitor({
      enabled: false,
      now: () => ++reads,
      onMeasure: (op) => seen.push(op),
    })
    expect(monitor.isEnabled()).toBe(false)
    expect(monitor.start('a')()).toBe(0)
    expect(monitor.measure('b', () => 1)).toBe(1)
    await expect(monitor.measureAsync('c', () => Promise.resolve(2))).resolves.toBe(2)
    expect(seen).toEqual([])
    expect(reads).toBe(0)
    monitor.setEnabled(true)
    monitor.measure('d', () => 0)
    expect(seen).toEqual(['d'])
  })

  it('rejects a clock that is not a function', () => {
    expect(() => new PerformanceMonitor({ now: 5 as unknown as () => number })).toThrow(
      GridKitError,
    )
    expect(() => new PerformanceMonitor({ now: 5 as unknown as () => number })).toThrow(/"now"/)
  })
})

describe('default clock', () => {
  it('reads performance.now', () => {
    const monitor = new PerformanceMonitor()
    const before = performance.now()
    const end = monitor.start('x')
    while (performance.now() - before < 2) {
      // spin for 2 ms so the measured duration cannot be zero
    }
    const duration = end()
    expect(duration).toBeGreaterThan(1)
    expect(duration).toBeLessThan(performance.now() - before + 1)
  })
})
