import { describe, expect, it } from 'vitest'
import { OperationStats, REPORTED_QUANTILES } from '../OperationStats'

describe('OperationStats', () => {
  it('reports p50, p95 and p99', () => {
    expect(REPORTED_QUANTILES).toEqual([0.5, 0.95, 0.99])
  })

  it('1000 samples at the default window hold 8 KB of samples (well under 20 KB)', () => {
    const stats = new OperationStats('op', 1024)
    for (let i = 0; i < 1000; i++) stats.add(i % 17, i)
    expect(stats.allocatedBytes).toBe(8192)
    const few = new OperationStats('rare', 1024)
    few.add(1, 0)
    expect(few.allocatedBytes).toBe(128)
  })

  it('snapshots zeros before any sample', () => {
    const stats = new OperationStats('op', 8)
    stats.addError()
    expect(stats.snapshot(new Float64Array(8))).toEqual({
      operation: 'op',
      count: 0,
      avgTime: 0,
      minTime: 0,
      maxTime: 0,
      totalTime: 0,
      p50: 0,
      p95: 0,
      p99: 0,
      lastExecuted: 0,
      errorCount: 1,
      windowCount: 0,
    })
  })
})
