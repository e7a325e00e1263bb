import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { BudgetViolation, MemoryMetrics } from '../types/metrics'
import { measureHeapPrecise, sampleHeap, type HeapRuntime } from './heap'
import { checkHeapBudget } from './heapBudget'
import { LeakDetector } from './LeakDetector'
import type {
  ColumnReleaseContext,
  HeapSample,
  LeakDetectionMode,
  MemoryLeak,
  RowReleaseContext,
} from './types'

/** The `memory` option of the monitor and of the table's performance feature. */
export interface MemoryTrackingOptions {
  /** Leak detection of replaced rows and columns (default `'sampled'`). */
  leakDetection?: LeakDetectionMode
  /** Time a released generation may stay reachable before it counts as leaked, ms (default 5000). */
  gracePeriodMs?: number
  /** Rows sampled per released generation in `sampled` mode (default 256). */
  sampleSize?: number
  /** A heap budget in MB: a `trackMemoryUsage()` reading above it raises a violation. */
  heapBudgetMb?: number
}

/** Released rows or columns waiting to be registered with the leak detector. */
type PendingRelease =
  | { kind: 'rows'; objects: readonly object[]; context: RowReleaseContext }
  | { kind: 'columns'; objects: readonly object[]; context: ColumnReleaseContext }

/** A heap reading and the heap budget's excess, if any. */
export interface HeapReading {
  /** The reading, MB. */
  sample: HeapSample
  /** How far over `heapBudgetMb` it is, or null. */
  excess: ReturnType<typeof checkHeapBudget>
}

/**
 * The monitor's memory side: heap readings, the heap budget and leak detection. Kept apart
 * from the timing code so the monitor stays one idea per file.
 */
export class MemoryTracker {
  private readonly leaks: LeakDetector
  private readonly heapBudgetMb: number | undefined
  private readonly runtime: HeapRuntime | undefined
  private last: HeapSample | undefined
  private lastLeaks = { rows: 0, columns: 0 }
  private pending: PendingRelease[] = []
  private pendingTimer: ReturnType<typeof setTimeout> | undefined

  /** Throws `GridKitError` (`INVALID_PERFORMANCE_OPTION`) naming a bad `memory.*` option. */
  constructor(options: MemoryTrackingOptions = {}, now?: () => number, runtime?: HeapRuntime) {
    if (typeof options !== 'object' || (options as unknown) === null) {
      throw new GridKitError(
        'INVALID_PERFORMANCE_OPTION',
        `memory must be an object like { leakDetection: 'sampled' }; got ${describeValue(options)}.`,
        { option: 'memory' },
      )
    }
    const { heapBudgetMb } = options
    if (heapBudgetMb !== undefined && !(Number.isFinite(heapBudgetMb) && heapBudgetMb > 0)) {
      throw new GridKitError(
        'INVALID_PERFORMANCE_OPTION',
        `memory.heapBudgetMb must be a positive number of MB; got ${describeValue(heapBudgetMb)}.`,
        { option: 'memory.heapBudgetMb' },
      )
    }
    this.heapBudgetMb = heapBudgetMb
    this.runtime = runtime
    this.leaks = new LeakDetector({
      mode: options.leakDetection ?? 'sampled',
      gracePeriodMs: options.gracePeriodMs,
      sampleSize: options.sampleSize,
      now,
    })
  }

  /** Reads the heap now; returns the reading and the heap budget's excess, if any. */
  sample(): HeapReading {
    return this.remember(this.runtime === undefined ? sampleHeap() : sampleHeap(this.runtime))
  }

  /** Reads the heap with the most precise API the page allows (async; never rejects). */
  async samplePrecise(): Promise<HeapReading> {
    const runtime = this.runtime
    return this.remember(
      await (runtime === undefined ? measureHeapPrecise() : measureHeapPrecise(runtime)),
    )
  }

  private remember(sample: HeapSample): HeapReading {
    this.last = sample
    const excess =
      this.heapBudgetMb === undefined ? null : checkHeapBudget(sample, this.heapBudgetMb)
    return { sample, excess }
  }

  /** Whether the heap has been read at least once. */
  hasSample(): boolean {
    return this.last !== undefined
  }

  /** The last heap reading (taking one if none yet) with the leak counts of the last detection. */
  metrics(): MemoryMetrics {
    const sample = this.last ?? this.sample().sample
    return { ...sample, leakedRows: this.lastLeaks.rows, leakedColumns: this.lastLeaks.columns }
  }

  /** Runs leak detection; remembers the counts for `metrics()`. */
  detectLeaks(): MemoryLeak[] {
    this.registerPending()
    const leaks = this.leaks.detect()
    let rows = 0
    let columns = 0
    for (const leak of leaks) {
      if (leak.kind === 'row') rows += leak.count
      else columns += leak.count
    }
    this.lastLeaks = { rows, columns }
    return leaks
  }

  /**
   * Whether tables should record the rows their getters hand to the app: only sampled leak
   * detection uses them (full mode tracks every row, off tracks none).
   */
  tracksHandedRows(): boolean {
    return this.leaks.mode === 'sampled'
  }

  /** Registers rows a table released (replaced data, destroyed table). */
  releaseRows(rows: readonly object[], context: RowReleaseContext): void {
    if (this.leaks.mode === 'off') return
    this.release({ kind: 'rows', objects: rows, context })
  }

  /** Registers columns a table released (replaced columns, destroyed table). */
  releaseColumns(columns: readonly object[], context: ColumnReleaseContext): void {
    if (this.leaks.mode === 'off') return
    this.release({ kind: 'columns', objects: columns, context })
  }

  // Registration creates WeakRefs (0.1 to 1 µs each in V8), so it is kept out of the setData
  // or setColumns that released the objects: it runs in the next macrotask, after the rebuild
  // and the render it feeds. Until then the released array is held, as a WeakRef made now
  // would hold it until the end of this task anyway. A destroyed table registers at once
  // (with anything pending, in order) so that it leaves no timer behind.
  private release(entry: PendingRelease): void {
    this.pending.push(entry)
    if (entry.context.reason === 'destroy') {
      this.registerPending()
      return
    }
    if (this.pendingTimer === undefined) {
      const timer = setTimeout(() => this.registerPending(), 0)
      // In Node, a pending registration must never keep the process alive.
      if (typeof timer === 'object' && 'unref' in timer) timer.unref()
      this.pendingTimer = timer
    }
  }

  /** Stops tracking; keeps nothing and leaves no timer. */
  dispose(): void {
    this.cancelPending()
    this.pending = []
    this.leaks.dispose()
  }

  private registerPending(): void {
    this.cancelPending()
    const pending = this.pending
    this.pending = []
    for (const entry of pending) {
      if (entry.kind === 'rows') this.leaks.registerRows(entry.objects, entry.context)
      else this.leaks.registerColumns(entry.objects, entry.context)
    }
  }

  private cancelPending(): void {
    if (this.pendingTimer === undefined) return
    clearTimeout(this.pendingTimer)
    this.pendingTimer = undefined
  }
}

/** The violation a heap reading over its budget raises (impact `background`: no user waits on it). */
export function heapViolation(
  excess: NonNullable<ReturnType<typeof checkHeapBudget>>,
  timestamp: number,
): BudgetViolation {
  return {
    operation: excess.operation,
    actual: excess.actual,
    budget: excess.budget,
    severity: 'warning',
    timestamp,
    impact: 'background',
  }
}
