import type { HeapSample } from './types'

/** The operation name a heap budget violation carries. */
export const HEAP_BUDGET_OPERATION = 'memory.heapUsed'

/** The facts of a heap sample over its budget, for the monitor to raise as a violation. */
export interface HeapBudgetExcess {
  /** Always {@link HEAP_BUDGET_OPERATION}. */
  operation: typeof HEAP_BUDGET_OPERATION
  /** Heap in use, MB. */
  actual: number
  /** The budget, MB. */
  budget: number
}

/**
 * Compares a sample's `heapUsed` with a budget in MB. Returns the excess, or null when within
 * budget, when the heap could not be measured, or when the budget is not a positive number.
 */
export function checkHeapBudget(sample: HeapSample, budgetMb: number): HeapBudgetExcess | null {
  if (sample.source === 'unavailable') return null
  if (!Number.isFinite(budgetMb) || budgetMb <= 0) return null
  if (sample.heapUsed <= budgetMb) return null
  return { operation: HEAP_BUDGET_OPERATION, actual: sample.heapUsed, budget: budgetMb }
}
