interface OperationCooldown {
  /** Last accepted time per severity rank (NaN: never). */
  last: [number, number, number]
  /** Suppressed since the last accepted one, per severity rank. */
  pending: [number, number, number]
}

/**
 * The per-(operation, severity) cooldown. `admit` is on the hot path: one Map lookup,
 * no string building, no allocation after an operation's first violation.
 */
export class CooldownGate {
  private readonly byOperation = new Map<string, OperationCooldown>()

  /** @param cooldownMs quiet period in ms after an accepted violation; 0 admits everything. */
  constructor(private readonly cooldownMs: number) {}

  /**
   * Returns -1 when the violation falls in its key's cooldown (and counts it), otherwise
   * the count suppressed since the last accepted one (and resets that count).
   */
  admit(operation: string, rank: 0 | 1 | 2, now: number): number {
    let state = this.byOperation.get(operation)
    if (state === undefined) {
      state = { last: [Number.NaN, Number.NaN, Number.NaN], pending: [0, 0, 0] }
      this.byOperation.set(operation, state)
    }
    const last = state.last[rank]
    if (this.cooldownMs > 0 && now - last < this.cooldownMs) {
      state.pending[rank] += 1
      return -1
    }
    state.last[rank] = now
    const carried = state.pending[rank]
    state.pending[rank] = 0
    return carried
  }

  /** Adds `count` suppressed violations to a key, to go out with its next accepted one. */
  carry(operation: string, rank: 0 | 1 | 2, count: number): void {
    const state = this.byOperation.get(operation)
    if (state !== undefined) state.pending[rank] += count
  }
}
