import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { Impact, PerformanceBudget, Severity } from '../types/metrics'

/** Budgets as a list, or as a record of operation name to ms (such as `PERFORMANCE_BUDGETS.INTERACTIVE`). */
export type BudgetsInput = readonly PerformanceBudget[] | Readonly<Record<string, number>>

/** Severity given to budgets set in record form (`{ sorting: 50 }`), which has no room for one. */
export const RECORD_BUDGET_SEVERITY: Severity = 'warning'

const SEVERITIES: readonly unknown[] = ['warning', 'error', 'critical']
const IMPACTS: readonly unknown[] = ['userVisible', 'background']

/**
 * Checks one budget and returns a clean copy. Throws `GridKitError` (`INVALID_BUDGET`) naming
 * the field: an empty operation name, a budgetMs that is not a finite number > 0, an unknown
 * severity or impact, a non-boolean enabled.
 */
export function validateBudget(value: unknown): PerformanceBudget {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid('budget', `a budget must be an object; got ${describeValue(value)}`)
  }
  const budget = value as Partial<Record<keyof PerformanceBudget, unknown>>
  const { operation, budgetMs, enabled, severity, impact } = budget
  if (typeof operation !== 'string' || operation.length === 0) {
    throw invalid(
      'operation',
      `operation must be a non-empty string; got ${describeValue(operation)}`,
    )
  }
  checkBudgetMs(budgetMs, operation)
  if (typeof enabled !== 'boolean') {
    throw invalid(
      'enabled',
      `enabled must be true or false; got ${describeValue(enabled)}`,
      operation,
    )
  }
  if (!SEVERITIES.includes(severity)) {
    throw invalid(
      'severity',
      `severity must be 'warning', 'error' or 'critical'; got ${describeValue(severity)}`,
      operation,
    )
  }
  if (impact !== undefined && !IMPACTS.includes(impact)) {
    throw invalid(
      'impact',
      `impact must be 'userVisible' or 'background' when given; got ${describeValue(impact)}`,
      operation,
    )
  }
  const clean: PerformanceBudget = {
    operation,
    budgetMs: budgetMs as number,
    enabled,
    severity: severity as Severity,
  }
  if (impact !== undefined) clean.impact = impact as Impact
  return clean
}

/**
 * Turns either budgets form into checked budgets (all are checked before any is returned).
 * Record entries become enabled budgets with severity {@link RECORD_BUDGET_SEVERITY}.
 */
export function normalizeBudgets(input: unknown): PerformanceBudget[] {
  if (Array.isArray(input)) return input.map((budget: unknown) => validateBudget(budget))
  if (typeof input !== 'object' || input === null) {
    throw invalid(
      'budgets',
      `budgets must be an array of budgets or a record of operation name to ms; got ${describeValue(input)}`,
    )
  }
  return Object.entries(input).map(([operation, budgetMs]: [string, unknown]) => {
    if (operation.length === 0) throw invalid('operation', 'operation must be a non-empty string')
    checkBudgetMs(budgetMs, operation)
    return {
      operation,
      budgetMs: budgetMs as number,
      enabled: true,
      severity: RECORD_BUDGET_SEVERITY,
    }
  })
}

function checkBudgetMs(budgetMs: unknown, operation: string): void {
  if (typeof budgetMs !== 'number' || !Number.isFinite(budgetMs) || budgetMs <= 0) {
    throw invalid(
      'budgetMs',
      `budgetMs must be a finite number of ms greater than 0; got ${describeValue(budgetMs)}`,
      operation,
    )
  }
}

function invalid(field: string, problem: string, operation?: string): GridKitError {
  const where = operation === undefined ? '' : ` (operation ${describeValue(operation)})`
  return new GridKitError('INVALID_BUDGET', `Invalid budget${where}: ${problem}.`, {
    field,
    ...(operation === undefined ? {} : { operation }),
  })
}
