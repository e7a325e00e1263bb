import type { OperationContext } from '../budgets/budgetCheck'

/** Default number of recent operation spans kept for joining with interactions. */
export const DEFAULT_SPAN_CAPACITY = 512

/** One recent sample with its place on the `performance.now()` clock. */
export interface OperationSpan {
  /** The operation's name. */
  operation: string
  /** Start, ms on the log's clock. */
  start: number
  /** Duration, ms. */
  durationMs: number
  /** The table that ran it, when known. */
  tableId: string | undefined
  /** Rows it worked on, when known. */
  rowCount: number | undefined
}

/**
 * A fixed ring of the most recent operation samples with their start and end on one clock
 * (`performance.now()`, the clock of Event Timing), so a later interaction entry can be
 * joined with the work that ran inside it. `add` is O(1) and allocates nothing: the columns
 * are preallocated and strings are stored by reference.
 */
export class OperationSpanLog {
  /** Spans kept. */
  readonly capacity: number
  private readonly names: (string | undefined)[]
  private readonly tableIds: (string | undefined)[]
  private readonly ends: Float64Array
  private readonly durations: Float64Array
  private readonly rowCounts: Float64Array
  private next = 0
  private held = 0

  constructor(
    private readonly now: () => number,
    capacity = DEFAULT_SPAN_CAPACITY,
  ) {
    this.capacity = capacity
    this.names = new Array<string | undefined>(capacity).fill(undefined)
    this.tableIds = new Array<string | undefined>(capacity).fill(undefined)
    this.ends = new Float64Array(capacity)
    this.durations = new Float64Array(capacity)
    this.rowCounts = new Float64Array(capacity)
  }

  /** Records a sample that has just ended (its end is read from the clock). */
  add(operation: string, durationMs: number, context: OperationContext | undefined): void {
    const i = this.next
    this.names[i] = operation
    this.ends[i] = this.now()
    this.durations[i] = durationMs
    let tableId: string | undefined
    let rowCount = NaN
    if (context !== undefined) {
      if (typeof context.tableId === 'string') tableId = context.tableId
      if (typeof context.rowCount === 'number') rowCount = context.rowCount
    }
    this.tableIds[i] = tableId
    this.rowCounts[i] = rowCount
    this.next = i + 1 === this.capacity ? 0 : i + 1
    if (this.held < this.capacity) this.held++
  }

  /** Spans that overlap `[start, end]` (ms), oldest first. */
  overlapping(start: number, end: number): OperationSpan[] {
    const out: OperationSpan[] = []
    const first = this.held < this.capacity ? 0 : this.next
    for (let k = 0; k < this.held; k++) {
      const i = (first + k) % this.capacity
      const spanEnd = this.ends[i] ?? 0
      const durationMs = this.durations[i] ?? 0
      const spanStart = spanEnd - durationMs
      if (spanEnd < start || spanStart > end) continue
      const rowCount = this.rowCounts[i] ?? NaN
      out.push({
        operation: this.names[i] ?? '',
        start: spanStart,
        durationMs,
        tableId: this.tableIds[i],
        rowCount: Number.isNaN(rowCount) ? undefined : rowCount,
      })
    }
    return out
  }

  /** Forgets every span. */
  clear(): void {
    this.names.fill(undefined)
    this.tableIds.fill(undefined)
    this.next = 0
    this.held = 0
  }
}
