import type { InteractionAttribution } from '../interactions/types'
import type { BudgetViolation, Impact, PerformanceBudget, Severity } from '../types/metrics'
import { impactOf } from './impact'

/** Where a tracked sample came from; copied onto a violation, never row data. */
export interface OperationContext {
  /** The table that ran the operation. */
  tableId?: string
  /** Rows the operation worked on. */
  rowCount?: number
  /** Where an interaction's time went; copied onto its violation. */
  attribution?: InteractionAttribution
  /** Severity of a violation instead of the budget's (the INP tiers of interactions). */
  severity?: Severity
  /** Record the sample without checking its budget (interactions that touched no table). */
  skipBudget?: boolean
}

/** A budget as the monitor holds it: the checked budget and its resolved impact. */
export interface ActiveBudget {
  /** The budget as set (a clean copy). */
  readonly budget: PerformanceBudget
  /** Who waits on the operation. */
  readonly impact: Impact
}

/** Wraps a checked budget for the monitor. */
export function activateBudget(budget: PerformanceBudget): ActiveBudget {
  return { budget, impact: impactOf(budget) }
}

/** Whether a sample of `actual` ms breaks `active`: enabled, and strictly over (equal is within). */
export function exceedsBudget(active: ActiveBudget, actual: number): boolean {
  return active.budget.enabled && actual > active.budget.budgetMs && actual !== Infinity
}

/** The violation of `active` by a sample of `actual` ms recorded at `timestamp` (epoch ms). */
export function createViolation(
  active: ActiveBudget,
  actual: number,
  timestamp: number,
  context?: OperationContext,
): BudgetViolation {
  const { budget } = active
  const violation: BudgetViolation = {
    operation: budget.operation,
    actual,
    budget: budget.budgetMs,
    severity: context?.severity ?? budget.severity,
    timestamp,
    impact: active.impact,
  }
  if (context !== undefined) {
    if (typeof context.tableId === 'string') violation.tableId = context.tableId
    if (typeof context.rowCount === 'number' && Number.isFinite(context.rowCount)) {
      violation.rowCount = context.rowCount
    }
    if (context.attribution !== undefined) violation.attribution = context.attribution
  }
  return violation
}
