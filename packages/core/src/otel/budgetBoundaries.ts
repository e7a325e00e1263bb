import type { PerformanceBudget } from '../performance/types/metrics'

/** Bucket edges (ms) every GridKit histogram has: 0.5 ms to 10 s in 1-2.5-5 steps. */
export const BASE_BOUNDARIES_MS: readonly number[] = [
  0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000,
]

/**
 * Explicit bucket boundaries (ms, ascending) for a duration histogram: the base ladder plus,
 * for each enabled budget, half the budget, the budget and twice it. The budget itself is an
 * edge, so "share of samples over budget" reads exactly from the buckets.
 */
export function budgetBoundaries(budgets: readonly PerformanceBudget[]): number[] {
  const edges = new Set<number>(BASE_BOUNDARIES_MS)
  for (const budget of budgets) {
    if (!budget.enabled) continue
    for (const factor of [0.5, 1, 2]) edges.add(Math.round(budget.budgetMs * factor * 1000) / 1000)
  }
  return [...edges].filter((edge) => edge > 0).sort((a, b) => a - b)
}
