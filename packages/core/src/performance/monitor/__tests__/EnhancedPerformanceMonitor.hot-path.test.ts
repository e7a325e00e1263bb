import { describe, expect, it } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { MemoryTracker } from '../../memory/MemoryTracker'
import { EnhancedPerformanceMonitor } from '../EnhancedPerformanceMonitor'

describe('the hot path never throws', () => {
  it('a throwing wall clock drops the sample, counts it and reports the error', () => {
    const errors: unknown[] = []
    let broken = true
    const monitor = new EnhancedPerformanceMonitor({
      wallClock: () => {
        if (broken) throw new Error('clock broke')
        return 1
      },
      onError: (error) => errors.push(error),
      budgets: { sorting: 1 },
    })
    expect(monitor.trackOperation('sorting', 5)).toBeNull()
    expect(monitor.getOperationStats('sorting')).toBeUndefined()
    broken = false
    expect(monitor.generateReport().droppedSamples).toBe(1)
    expect(errors).toHaveLength(1)
  })

  it('checkBudget ignores a duration that is not a number', () => {
    const monitor = new EnhancedPerformanceMonitor({ budgets: { sorting: 10 } })
    expect(monitor.checkBudget('sorting', '25' as unknown as number)).toBeNull()
    expect(monitor.checkBudget('sorting', Number.NaN)).toBeNull()
    expect(monitor.checkBudget('sorting', 25)?.actual).toBe(25)
  })

  it('setEnabled refuses anything but a boolean', () => {
    const monitor = new EnhancedPerformanceMonitor()
    expect(() => monitor.setEnabled('no' as unknown as boolean)).toThrow(GridKitError)
    expect(() => monitor.setEnabled('no' as unknown as boolean)).toThrow(/setEnabled/)
    expect(monitor.isEnabled()).toBe(true)
  })

  it('a listener that changes its violation does not change the history', () => {
    const monitor = new EnhancedPerformanceMonitor({ budgets: { sorting: 1 } })
    monitor.on('budgetViolation', (violation) => {
      violation.actual = -1
    })
    monitor.trackOperation('sorting', 5)
    expect(monitor.getViolations()[0]?.actual).toBe(5)
  })
})

describe('precise memory readings', () => {
  it('use measureUserAgentSpecificMemory where the page is cross-origin isolated', async () => {
    const mb = 1024 * 1024
    const tracker = new MemoryTracker({ heapBudgetMb: 1 }, undefined, {
      crossOriginIsolated: true,
      performance: {
        measureUserAgentSpecificMemory: () =>
          Promise.resolve({
            bytes: 8 * mb,
            breakdown: [
              { bytes: 6 * mb, types: ['JavaScript'] },
              { bytes: 2 * mb, types: ['DOM'] },
            ],
          }),
      },
    })
    const reading = await tracker.samplePrecise()
    expect(reading.sample.source).toBe('measureUserAgentSpecificMemory')
    expect(reading.sample.heapUsed).toBe(6)
    expect(reading.excess).toMatchObject({ actual: 6, budget: 1 })
    expect(tracker.metrics().source).toBe('measureUserAgentSpecificMemory')
  })

  it('fall back to the synchronous reading elsewhere, and raise the heap budget', async () => {
    const monitor = new EnhancedPerformanceMonitor({ memory: { heapBudgetMb: 0.001 } })
    const seen: string[] = []
    monitor.on('budgetViolation', (violation) => seen.push(violation.operation))
    const metrics = await monitor.trackMemoryUsagePrecise()
    expect(metrics.source).toBe('process.memoryUsage')
    expect(metrics.heapUsed).toBeGreaterThan(1)
    expect(seen).toEqual(['memory.heapUsed'])
  })
})
