import type { Impact, PerformanceBudget } from '../types/metrics'
import { PERFORMANCE_BUDGETS } from './presets'

/**
 * Who waits on an operation: `background` for the operations listed in
 * `PERFORMANCE_BUDGETS.BACKGROUND`, `userVisible` for everything else, unless the budget
 * says otherwise with its own `impact`.
 */
export function impactOf(budget: PerformanceBudget): Impact {
  if (budget.impact !== undefined) return budget.impact
  return Object.hasOwn(PERFORMANCE_BUDGETS.BACKGROUND, budget.operation)
    ? 'background'
    : 'userVisible'
}
