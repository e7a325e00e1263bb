import type { BudgetViolation } from '../../types/metrics'

/** A violation with sensible defaults for tests. */
export function violation(overrides: Partial<BudgetViolation> = {}): BudgetViolation {
  return {
    operation: 'sort',
    actual: 120,
    budget: 50,
    severity: 'warning',
    timestamp: 1_700_000_000_000,
    impact: 'userVisible',
    ...overrides,
  }
}

/** Records unhandled rejections while installed, so a test can assert there were none. */
export function trapUnhandledRejections(): { reasons: unknown[]; dispose: () => void } {
  const reasons: unknown[] = []
  const listener = (reason: unknown): void => {
    reasons.push(reason)
  }
  process.on('unhandledRejection', listener)
  return {
    reasons,
    dispose: () => {
      process.off('unhandledRejection', listener)
    },
  }
}
