import type { EnhancedPerformanceMonitor } from '@gridkit/core'

/** Budgets in slow-device mode, ms: small enough that ordinary work breaks them. */
export const SLOW_BUDGETS = { interaction: 16, sorting: 5, filtering: 5, tableRender: 8 }

/** Busy work per rendered cell in slow-device mode, ms (a slow phone's layout and paint). */
export const SLOW_CELL_MS = 0.15

/** Burns `ms` of CPU: what a slower device spends rendering one cell. */
export function burn(ms: number): void {
  const end = performance.now() + ms
  while (performance.now() < end) {
    // spin: the point is to take the time
  }
}

/** Sets the slow-device budgets (on) or the given ones back (off); returns the previous ones. */
export function applySlowBudgets(
  monitor: EnhancedPerformanceMonitor,
  on: boolean,
  saved: ReturnType<EnhancedPerformanceMonitor['getBudgets']>,
): ReturnType<EnhancedPerformanceMonitor['getBudgets']> {
  const before = monitor.getBudgets()
  if (on) {
    monitor.setBudgets(
      Object.entries(SLOW_BUDGETS).map(([operation, budgetMs]) => ({
        operation,
        budgetMs,
        enabled: true,
        severity: 'error' as const,
      })),
    )
  } else {
    for (const name of Object.keys(SLOW_BUDGETS)) monitor.removeBudget(name)
    monitor.setBudgets(saved)
  }
  return before
}
