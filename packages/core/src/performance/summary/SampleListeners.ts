import type { OperationContext } from '../budgets/budgetCheck'
import type { BudgetViolation } from '../types/metrics'

/**
 * Called after each sample the monitor records: the operation (after the `maxOperations` cap),
 * its duration in ms, its context, and its violation or null. Must not keep `context`.
 */
export type SampleListener = (
  operation: string,
  durationMs: number,
  context: OperationContext | undefined,
  violation: BudgetViolation | null,
) => void

/**
 * The monitor's sample listeners (exporters such as `@gridkit/core/otel` and the summary
 * beacon). Copy-on-write, so emitting walks a stable array and allocates nothing.
 */
export class SampleListeners {
  private listeners: readonly SampleListener[] = []

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Adds a listener; returns a function that removes it (safe to call twice). */
  add(listener: SampleListener): () => void {
    this.listeners = [...this.listeners, listener]
    let added = true
    return () => {
      if (!added) return
      added = false
      const index = this.listeners.indexOf(listener)
      this.listeners = this.listeners.filter((_, i) => i !== index)
    }
  }

  /** Calls every listener; a throwing listener is reported, never thrown into the table. */
  emit(
    operation: string,
    durationMs: number,
    context: OperationContext | undefined,
    violation: BudgetViolation | null,
  ): void {
    const listeners = this.listeners
    for (let i = 0; i < listeners.length; i++) {
      try {
        listeners[i]?.(operation, durationMs, context, violation)
      } catch (error) {
        this.onError(error)
      }
    }
  }
}
