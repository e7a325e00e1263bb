import type { BudgetViolation, Severity } from '../types/metrics'

/** Severity order, lowest first: `minSeverity` compares these ranks. */
export const SEVERITY_RANK: Readonly<Record<Severity, 0 | 1 | 2>> = {
  warning: 0,
  error: 1,
  critical: 2,
}

/** True when `value` is one of the three severities. */
export function isSeverity(value: unknown): value is Severity {
  return value === 'warning' || value === 'error' || value === 'critical'
}

/**
 * Copies only the fields an alert may carry (figures, names, counts), so fields an app
 * adds to a violation object never leak to a vendor.
 */
export function toAlertPayload(violation: BudgetViolation): BudgetViolation {
  const payload: BudgetViolation = {
    operation: violation.operation,
    actual: violation.actual,
    budget: violation.budget,
    severity: violation.severity,
    impact: violation.impact,
    timestamp: violation.timestamp,
  }
  if (violation.tableId !== undefined) payload.tableId = violation.tableId
  if (violation.rowCount !== undefined) payload.rowCount = violation.rowCount
  if (violation.suppressedCount !== undefined && violation.suppressedCount > 0) {
    payload.suppressedCount = violation.suppressedCount
  }
  return payload
}

/** Flat string/number attributes of a payload, for vendors that take flat events. */
export function toFlatAttributes(violation: BudgetViolation): Record<string, string | number> {
  const payload = toAlertPayload(violation)
  const attributes: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(payload)) {
    if (typeof value === 'string' || typeof value === 'number') attributes[key] = value
  }
  return attributes
}

/** One readable line: operation, actual vs budget, severity, impact. */
export function formatViolationLine(violation: BudgetViolation): string {
  const suppressed =
    violation.suppressedCount !== undefined && violation.suppressedCount > 0
      ? ` (+${violation.suppressedCount} suppressed)`
      : ''
  const table = violation.tableId === undefined ? '' : ` in table "${violation.tableId}"`
  return (
    `[GridKit] Performance budget violated: "${violation.operation}"${table} took ` +
    `${violation.actual.toFixed(1)} ms (budget ${violation.budget} ms), ${violation.severity}, ` +
    `${violation.impact}${suppressed}`
  )
}
