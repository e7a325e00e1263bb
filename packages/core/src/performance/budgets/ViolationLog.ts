import type { BudgetViolation, Severity } from '../types/metrics'

/** Violations of one operation, by severity. */
export interface OperationViolationCounts {
  /** The operation's name. */
  operation: string
  /** Warnings. */
  warning: number
  /** Errors. */
  error: number
  /** Criticals. */
  critical: number
  /** All three together. */
  total: number
}

/**
 * Every violation counted by operation and severity since the last `clear`, and the most
 * recent ones kept in a fixed-size ring (older ones are dropped from the history, not the counts).
 */
export class ViolationLog {
  /** The most violations the history keeps. */
  readonly capacity: number
  private readonly history: (BudgetViolation | undefined)[]
  private next = 0
  private held = 0
  private readonly counts = new Map<string, OperationViolationCounts>()

  constructor(capacity: number) {
    this.capacity = capacity
    this.history = new Array<BudgetViolation | undefined>(capacity)
  }

  /** Counts a violation and keeps it in the history. */
  add(violation: BudgetViolation): void {
    let counts = this.counts.get(violation.operation)
    if (counts === undefined) {
      counts = { operation: violation.operation, warning: 0, error: 0, critical: 0, total: 0 }
      this.counts.set(violation.operation, counts)
    }
    counts[violation.severity]++
    counts.total++
    if (this.capacity === 0) return
    // A copy: listeners and event handlers get the original and may change it; history must not.
    this.history[this.next] = { ...violation }
    this.next = this.next + 1 === this.capacity ? 0 : this.next + 1
    if (this.held < this.capacity) this.held++
  }

  /** The kept violations, oldest first (copies). */
  recent(): BudgetViolation[] {
    const out: BudgetViolation[] = []
    const start = this.held < this.capacity ? 0 : this.next
    for (let i = 0; i < this.held; i++) {
      const violation = this.history[(start + i) % this.capacity]
      if (violation !== undefined) out.push({ ...violation })
    }
    return out
  }

  /** Counts per operation that has had a violation, in first-seen order (copies). */
  countsByOperation(): OperationViolationCounts[] {
    return Array.from(this.counts.values(), (counts) => ({ ...counts }))
  }

  /** Totals per severity over every operation. */
  countsBySeverity(): Record<Severity, number> {
    const totals: Record<Severity, number> = { warning: 0, error: 0, critical: 0 }
    for (const counts of this.counts.values()) {
      totals.warning += counts.warning
      totals.error += counts.error
      totals.critical += counts.critical
    }
    return totals
  }

  /** Forgets every violation and count. */
  clear(): void {
    this.history.fill(undefined)
    this.next = 0
    this.held = 0
    this.counts.clear()
  }
}
