import { COLUMN_LEAK_HINTS, ROW_LEAK_HINTS } from './leakHints'
import { resolveLeakDetectorOptions, type ResolvedLeakDetectorOptions } from './leakDetectorOptions'
import { TrackedGeneration } from './TrackedGeneration'
import type {
  ColumnReleaseContext,
  LeakCounts,
  LeakDetectorOptions,
  MemoryLeak,
  RowReleaseContext,
} from './types'

/**
 * Finds rows and columns the table has released (replaced data or columns, destroyed table)
 * that app code still holds after a garbage collection. It keeps only WeakRefs, so it never
 * keeps anything alive itself; a generation is reported only after the grace period and a
 * collection, so normal replacement reports nothing.
 */
/** Released generations tracked at most; older ones are forgotten first. */
export const MAX_TRACKED_GENERATIONS = 128

export class LeakDetector {
  private readonly options: ResolvedLeakDetectorOptions
  private generations: TrackedGeneration[] = []
  private rowGeneration = 0
  private columnGeneration = 0
  private disposed = false

  /** Throws `GridKitError` (`INVALID_PERFORMANCE_OPTION`) on a bad option. */
  constructor(options: LeakDetectorOptions) {
    this.options = resolveLeakDetectorOptions(options)
  }

  /** The mode this detector runs in. */
  get mode(): LeakDetectorOptions['mode'] {
    return this.options.mode
  }

  /**
   * Records rows the table let go of. Sampled mode tracks the rows in `context.handed` one by
   * one and a sample of the rest: O(sampleSize + handed rows). Full mode tracks every row: O(rows).
   */
  registerRows(rows: readonly object[], context: RowReleaseContext): void {
    if (this.options.mode === 'off' || this.disposed) return
    this.rowGeneration++
    const full = this.options.mode === 'full'
    const limit = full ? rows.length : this.options.sampleSize
    const handed = full ? [] : (context.handed ?? [])
    this.track(rows, limit, handed, context.holder, {
      kind: 'row',
      generation: this.rowGeneration,
      reason: context.reason,
      tableId: context.tableId,
      hint: ROW_LEAK_HINTS[context.reason],
      releasedAt: this.options.now(),
    })
  }

  /** Records columns the table let go of. Columns are few, so each one is tracked. */
  registerColumns(columns: readonly object[], context: ColumnReleaseContext): void {
    if (this.options.mode === 'off' || this.disposed) return
    this.columnGeneration++
    this.track(columns, columns.length, [], undefined, {
      kind: 'column',
      generation: this.columnGeneration,
      reason: context.reason,
      tableId: context.tableId,
      hint: COLUMN_LEAK_HINTS[context.reason],
      releasedAt: this.options.now(),
    })
  }

  /**
   * Released rows and columns still reachable, one entry per generation, oldest first.
   * Objects read here stay alive until the current task ends (WeakRef semantics), so call it
   * from a later task than the one that called `gc()` or released the data.
   */
  detect(): MemoryLeak[] {
    this.forgetCollected()
    const now = this.options.now()
    const leaks: MemoryLeak[] = []
    for (const tracked of this.generations) {
      const { facts } = tracked
      const ageMs = now - facts.releasedAt
      if (ageMs < this.options.gracePeriodMs || !tracked.collectionSeen()) continue
      const { count, estimated, exactCount } = tracked.countReachable()
      if (count === 0) continue
      const leak: MemoryLeak = {
        kind: facts.kind,
        count,
        estimated,
        exactCount,
        generation: facts.generation,
        reason: facts.reason,
        ageMs,
        hint: facts.hint,
      }
      if (facts.tableId !== undefined) leak.tableId = facts.tableId
      leaks.push(leak)
    }
    return leaks
  }

  /** Leaked rows and columns found by a fresh {@link LeakDetector.detect}, summed. */
  getLeakCounts(): LeakCounts {
    const counts: LeakCounts = { rows: 0, columns: 0 }
    for (const leak of this.detect()) {
      if (leak.kind === 'row') counts.rows += leak.count
      else counts.columns += leak.count
    }
    return counts
  }

  /** Generations still tracked (those not yet wholly collected); for diagnostics. */
  trackedGenerationCount(): number {
    return this.generations.length
  }

  /** Forgets every generation and stops tracking; later registrations are ignored. */
  dispose(): void {
    this.disposed = true
    this.generations = []
  }

  private track(
    objects: readonly object[],
    limit: number,
    handed: readonly (readonly object[])[],
    holder: { readonly count: number } | undefined,
    facts: TrackedGeneration['facts'],
  ): void {
    // Pruning here, not only in detect(), bounds memory when nobody asks for leaks.
    this.forgetCollected()
    if (objects.length === 0 && (holder === undefined || holder.count === 0)) return
    // An app that leaks every generation must not make the detector grow without bound: past
    // the cap the oldest generation is forgotten (its leak was reported for many generations).
    if (this.generations.length >= MAX_TRACKED_GENERATIONS) this.generations.shift()
    this.generations.push(new TrackedGeneration(objects, limit, facts, handed, holder))
  }

  private forgetCollected(): void {
    this.generations = this.generations.filter((tracked) => !tracked.fullyCollected())
  }
}
