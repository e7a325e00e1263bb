import { describe, expect, it } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { BUDGET_PRESET_FACTORS, PERFORMANCE_BUDGETS, createBudgetPreset } from '../presets'
import { validateBudget } from '../validateBudget'

describe('PERFORMANCE_BUDGETS', () => {
  it('holds the spec values', () => {
    expect(PERFORMANCE_BUDGETS).toEqual({
      FRAME_BUDGET: 16,
      INTERACTIVE: { rowModelBuild: 16, sorting: 50, filtering: 100, pagination: 10, selection: 5 },
      RENDERING: { cellRender: 1, rowRender: 5, tableRender: 100 },
      BACKGROUND: { dataFetch: 1000, stateSync: 100, cacheUpdate: 50 },
    })
  })
})

describe('createBudgetPreset', () => {
  it('normal is the spec values with severity by kind of operation', () => {
    const byName = Object.fromEntries(
      createBudgetPreset('normal').map((b) => [b.operation, [b.budgetMs, b.severity]]),
    )
    expect(byName).toEqual({
      rowModelBuild: [16, 'error'],
      sorting: [50, 'error'],
      filtering: [100, 'error'],
      pagination: [10, 'error'],
      selection: [5, 'error'],
      cellRender: [1, 'warning'],
      rowRender: [5, 'warning'],
      tableRender: [100, 'warning'],
      dataFetch: [1000, 'warning'],
      stateSync: [100, 'warning'],
      cacheUpdate: [50, 'warning'],
    })
  })

  it('strict halves and relaxed doubles every budget, keeping severities', () => {
    const normal = createBudgetPreset('normal')
    for (const type of ['strict', 'relaxed'] as const) {
      const preset = createBudgetPreset(type)
      expect(preset).toHaveLength(11)
      preset.forEach((budget, i) => {
        const base = normal[i]!
        expect(budget.operation).toBe(base.operation)
        expect(budget.severity).toBe(base.severity)
        expect(budget.enabled).toBe(true)
        expect(budget.budgetMs).toBe(base.budgetMs * BUDGET_PRESET_FACTORS[type])
      })
    }
    expect(
      createBudgetPreset('strict').find((b) => b.operation === 'rowModelBuild')?.budgetMs,
    ).toBe(8)
    expect(createBudgetPreset('relaxed').find((b) => b.operation === 'sorting')?.budgetMs).toBe(100)
  })

  it('every preset budget passes validation, and each call returns new objects', () => {
    for (const type of ['strict', 'normal', 'relaxed'] as const) {
      for (const budget of createBudgetPreset(type)) expect(validateBudget(budget)).toEqual(budget)
    }
    expect(createBudgetPreset('normal')[0]).not.toBe(createBudgetPreset('normal')[0])
  })

  it('throws a GridKitError for an unknown preset', () => {
    expect(() => createBudgetPreset('fast' as 'strict')).toThrow(GridKitError)
    expect(() => createBudgetPreset('toString' as 'strict')).toThrow(
      /'strict', 'normal' or 'relaxed'/,
    )
  })
})
