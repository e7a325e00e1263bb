import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { PerformanceBudget, Severity } from '../types/metrics'

/** Default budgets in ms, by kind of operation (ENT-PERF-001 §4, values as specified). */
export const PERFORMANCE_BUDGETS = {
  // Frame budget (60fps = 16ms)
  FRAME_BUDGET: 16,

  // Interactive budgets
  INTERACTIVE: {
    rowModelBuild: 16,
    sorting: 50,
    filtering: 100,
    pagination: 10,
    selection: 5,
  },

  // Rendering budgets
  RENDERING: {
    cellRender: 1,
    rowRender: 5,
    tableRender: 100,
  },

  // Background budgets
  BACKGROUND: {
    dataFetch: 1000,
    stateSync: 100,
    cacheUpdate: 50,
  },
} as const

/** The names {@link createBudgetPreset} accepts. */
export type BudgetPresetName = 'strict' | 'normal' | 'relaxed'

/** How each preset scales the spec's values: strict halves them, relaxed doubles them. */
export const BUDGET_PRESET_FACTORS: Readonly<Record<BudgetPresetName, number>> = {
  strict: 0.5,
  normal: 1,
  relaxed: 2,
}

// Severity follows who pays for the overrun, the same in every preset, so switching presets
// changes only how much time is allowed: a user waits on interactive work (error); a slow
// render or background task is worth knowing about but rarely blocks anyone (warning).
const GROUP_SEVERITY: readonly (readonly [Readonly<Record<string, number>>, Severity])[] = [
  [PERFORMANCE_BUDGETS.INTERACTIVE, 'error'],
  [PERFORMANCE_BUDGETS.RENDERING, 'warning'],
  [PERFORMANCE_BUDGETS.BACKGROUND, 'warning'],
]

/**
 * Budgets for every interactive, rendering and background operation of
 * {@link PERFORMANCE_BUDGETS}: `normal` uses the spec's values, `strict` half of them,
 * `relaxed` twice them. Throws `GridKitError` (`INVALID_BUDGET`) for any other name.
 */
export function createBudgetPreset(type: BudgetPresetName): PerformanceBudget[] {
  if (!Object.hasOwn(BUDGET_PRESET_FACTORS, type)) {
    throw new GridKitError(
      'INVALID_BUDGET',
      `createBudgetPreset: unknown preset ${describeValue(type)}; expected 'strict', 'normal' or 'relaxed'.`,
      { field: 'type' },
    )
  }
  const factor = BUDGET_PRESET_FACTORS[type]
  const budgets: PerformanceBudget[] = []
  for (const [group, severity] of GROUP_SEVERITY) {
    for (const [operation, ms] of Object.entries(group)) {
      budgets.push({ operation, budgetMs: ms * factor, enabled: true, severity })
    }
  }
  return budgets
}
