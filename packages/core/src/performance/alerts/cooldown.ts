interface KeyCooldown {
  /** Last accepted time per severity rank (NaN: never). */
  last: [number, number, number]
  /** Actual ms of the last accepted violation per severity rank. */
  worst: [number, number, number]
  /** Suppressed since the last accepted one, per severity rank. */
  pending: [number, number, number]
}

/**
 * A violation at least this many times the actual of the last one sent for its key goes out
 * despite the cooldown: a 500 ms sort is never hidden behind a 5 ms one (issue 10 §5).
 */
export const COOLDOWN_ESCALATION_FACTOR = 2

/** Key of violations that carry no table id. */
const NO_TABLE = ''

/**
 * The per-(table, operation, severity) cooldown. `admit` is on the hot path: two Map lookups,
 * no string building, no allocation after a key's first violation.
 */
export class CooldownGate {
  private readonly byTable = new Map<string, Map<string, KeyCooldown>>()

  /** @param cooldownMs quiet period in ms after an accepted violation; 0 admits everything. */
  constructor(private readonly cooldownMs: number) {}

  /**
   * Returns -1 when the violation falls in its key's cooldown (and counts it), otherwise
   * the count suppressed since the last accepted one (and resets that count). `actualMs` at
   * least {@link COOLDOWN_ESCALATION_FACTOR} times the last accepted one's is accepted.
   */
  admit(
    tableId: string | undefined,
    operation: string,
    rank: 0 | 1 | 2,
    actualMs: number,
    now: number,
  ): number {
    const state = this.stateOf(tableId, operation)
    const inCooldown = this.cooldownMs > 0 && now - state.last[rank] < this.cooldownMs
    if (inCooldown && !(actualMs >= state.worst[rank] * COOLDOWN_ESCALATION_FACTOR)) {
      state.pending[rank] += 1
      return -1
    }
    state.last[rank] = now
    state.worst[rank] = actualMs
    const carried = state.pending[rank]
    state.pending[rank] = 0
    return carried
  }

  /** Adds `count` suppressed violations to a key, to go out with its next accepted one. */
  carry(tableId: string | undefined, operation: string, rank: 0 | 1 | 2, count: number): void {
    this.stateOf(tableId, operation).pending[rank] += count
  }

  private stateOf(tableId: string | undefined, operation: string): KeyCooldown {
    const table = tableId ?? NO_TABLE
    let operations = this.byTable.get(table)
    if (operations === undefined) {
      operations = new Map()
      this.byTable.set(table, operations)
    }
    let state = operations.get(operation)
    if (state === undefined) {
      state = {
        last: [Number.NaN, Number.NaN, Number.NaN],
        worst: [0, 0, 0],
        pending: [0, 0, 0],
      }
      operations.set(operation, state)
    }
    return state
  }
}
