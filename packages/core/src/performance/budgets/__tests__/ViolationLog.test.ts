import { describe, expect, it } from 'vitest'
import type { BudgetViolation, Severity } from '../../types/metrics'
import { ViolationLog } from '../ViolationLog'

function violation(operation: string, severity: Severity, actual: number): BudgetViolation {
  return { operation, actual, budget: 1, severity, timestamp: 0, impact: 'userVisible' }
}

describe('ViolationLog', () => {
  it('counts by operation and severity and keeps the newest in order', () => {
    const log = new ViolationLog(2)
    log.add(violation('a', 'warning', 1))
    log.add(violation('b', 'critical', 2))
    log.add(violation('a', 'error', 3))
    expect(log.recent().map((v) => v.actual)).toEqual([2, 3])
    expect(log.countsByOperation()).toEqual([
      { operation: 'a', warning: 1, error: 1, critical: 0, total: 2 },
      { operation: 'b', warning: 0, error: 0, critical: 1, total: 1 },
    ])
    expect(log.countsBySeverity()).toEqual({ warning: 1, error: 1, critical: 1 })
  })

  it('returns copies and forgets everything on clear', () => {
    const log = new ViolationLog(5)
    log.add(violation('a', 'warning', 1))
    log.recent()[0]!.actual = 99
    log.countsByOperation()[0]!.total = 99
    expect(log.recent()[0]?.actual).toBe(1)
    expect(log.countsByOperation()[0]?.total).toBe(1)
    log.clear()
    expect(log.recent()).toEqual([])
    expect(log.countsBySeverity()).toEqual({ warning: 0, error: 0, critical: 0 })
    log.add(violation('c', 'error', 4))
    expect(log.recent().map((v) => v.operation)).toEqual(['c'])
  })
})
