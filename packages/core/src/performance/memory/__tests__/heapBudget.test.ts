import { describe, expect, it } from 'vitest'
import { HEAP_BUDGET_OPERATION, checkHeapBudget } from '../heapBudget'
import type { HeapSample } from '../types'

function sample(
  heapUsed: number,
  source: HeapSample['source'] = 'process.memoryUsage',
): HeapSample {
  return { heapUsed, heapTotal: heapUsed * 2, external: 0, arrayBuffers: 0, source }
}

describe('checkHeapBudget', () => {
  it('returns the facts of a heap over budget', () => {
    expect(checkHeapBudget(sample(300.5), 256)).toEqual({
      operation: 'memory.heapUsed',
      actual: 300.5,
      budget: 256,
    })
    expect(HEAP_BUDGET_OPERATION).toBe('memory.heapUsed')
  })

  it('returns null within budget, including exactly at it', () => {
    expect(checkHeapBudget(sample(100), 256)).toBeNull()
    expect(checkHeapBudget(sample(256), 256)).toBeNull()
  })

  it('never flags an unmeasured heap or a budget that is not a positive number', () => {
    expect(checkHeapBudget(sample(999, 'unavailable'), 1)).toBeNull()
    expect(checkHeapBudget(sample(999), 0)).toBeNull()
    expect(checkHeapBudget(sample(999), Number.NaN)).toBeNull()
    expect(checkHeapBudget(sample(999), Number.POSITIVE_INFINITY)).toBeNull()
  })
})
