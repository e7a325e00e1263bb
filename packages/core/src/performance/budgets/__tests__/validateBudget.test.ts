import { describe, expect, it } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { RECORD_BUDGET_SEVERITY, normalizeBudgets, validateBudget } from '../validateBudget'

const good = { operation: 'sorting', budgetMs: 50, enabled: true, severity: 'error' } as const

function fieldOf(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(GridKitError)
    expect((error as GridKitError).code).toBe('INVALID_BUDGET')
    return (error as GridKitError).details?.field
  }
  throw new Error('expected INVALID_BUDGET')
}

describe('validateBudget', () => {
  it('returns a clean copy of a valid budget', () => {
    const input = { ...good, extra: 'ignored' }
    const clean = validateBudget(input)
    expect(clean).toEqual(good)
    expect(clean).not.toBe(input)
    expect(validateBudget({ ...good, impact: 'background' }).impact).toBe('background')
  })

  const bad: [string, unknown][] = [
    ['budget', null],
    ['budget', 'sorting'],
    ['budget', [good]],
    ['operation', { ...good, operation: '' }],
    ['operation', { ...good, operation: 5 }],
    ['budgetMs', { ...good, budgetMs: 0 }],
    ['budgetMs', { ...good, budgetMs: -5 }],
    ['budgetMs', { ...good, budgetMs: Number.NaN }],
    ['budgetMs', { ...good, budgetMs: Infinity }],
    ['budgetMs', { ...good, budgetMs: '50' }],
    ['enabled', { ...good, enabled: 'yes' }],
    ['enabled', { ...good, enabled: undefined }],
    ['severity', { ...good, severity: 'fatal' }],
    ['severity', { ...good, severity: undefined }],
    ['impact', { ...good, impact: 'sometimes' }],
  ]
  bad.forEach(([field, value], i) => {
    it(`names the field "${field}" (case ${i})`, () => {
      expect(fieldOf(() => validateBudget(value))).toBe(field)
    })
  })

  it('names the operation in the message and never echoes long values', () => {
    expect(() => validateBudget({ ...good, budgetMs: -1 })).toThrow(
      'Invalid budget (operation "sorting"): budgetMs must be a finite number of ms greater than 0; got -1.',
    )
  })
})

describe('normalizeBudgets', () => {
  it('turns a record into enabled budgets of the record severity', () => {
    expect(normalizeBudgets({ sorting: 50, filtering: 100 })).toEqual([
      { operation: 'sorting', budgetMs: 50, enabled: true, severity: RECORD_BUDGET_SEVERITY },
      { operation: 'filtering', budgetMs: 100, enabled: true, severity: 'warning' },
    ])
  })

  it('validates each entry of a list', () => {
    expect(normalizeBudgets([good])).toEqual([good])
    expect(fieldOf(() => normalizeBudgets([good, { ...good, severity: 'x' }]))).toBe('severity')
  })

  it('rejects record entries and inputs of the wrong shape', () => {
    expect(fieldOf(() => normalizeBudgets({ sorting: 0 }))).toBe('budgetMs')
    expect(fieldOf(() => normalizeBudgets({ '': 5 }))).toBe('operation')
    expect(fieldOf(() => normalizeBudgets(null))).toBe('budgets')
    expect(fieldOf(() => normalizeBudgets(16))).toBe('budgets')
  })
})
