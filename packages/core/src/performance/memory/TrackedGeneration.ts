import { evenlySpreadIndices } from './evenlySpreadIndices'
import type { ColumnReleaseReason, LeakKind, RowReleaseReason } from './types'

/** Reachable objects of a generation, exact or extrapolated from a sample. */
export interface ReachableCount {
  /** How many of the generation's objects are still reachable. */
  count: number
  /** True when extrapolated from a sample. */
  estimated: boolean
}

/** Who released a generation, and why. Copied by value: nothing here points at rows. */
export interface GenerationFacts {
  kind: LeakKind
  generation: number
  reason: RowReleaseReason | ColumnReleaseReason
  tableId: string | undefined
  hint: string
  releasedAt: number
}

function isWeakTarget(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function'
}

/**
 * The weak record of one released set of rows or columns: a WeakRef to the set itself, WeakRefs
 * to `limit` of its members spread evenly over it, and a GC witness. It holds no strong
 * reference to anything the table released.
 */
export class TrackedGeneration {
  /** Who released it, and why. */
  readonly facts: GenerationFacts
  /** Objects in the released set. */
  readonly size: number
  private readonly container: WeakRef<object>
  private readonly members: WeakRef<object>[]
  // A fresh object nothing else references: once it is gone, a collection has run since the
  // release. V8 clears WeakRefs only in full (mark-compact) collections unless
  // --handle-weak-ref-weakly-in-minor-gc is set, so a scavenge alone does not count.
  private readonly gcWitness: WeakRef<object>

  constructor(objects: readonly unknown[], limit: number, facts: GenerationFacts) {
    this.facts = facts
    this.size = objects.length
    this.container = new WeakRef(objects)
    this.members = []
    for (const index of evenlySpreadIndices(objects.length, limit)) {
      const member = objects[index]
      if (isWeakTarget(member)) this.members.push(new WeakRef(member))
    }
    this.gcWitness = new WeakRef({})
  }

  /** True once a garbage collection has run since the release. */
  collectionSeen(): boolean {
    return this.gcWitness.deref() === undefined
  }

  /** True when nothing of the generation is reachable any more: it can be forgotten. */
  fullyCollected(): boolean {
    if (this.container.deref() !== undefined) return false
    return this.members.every((ref) => ref.deref() === undefined)
  }

  /** How many of the generation's objects are still reachable. */
  countReachable(): ReachableCount {
    // A reachable array keeps every one of its members reachable.
    if (this.container.deref() !== undefined) return { count: this.size, estimated: false }
    let alive = 0
    for (const ref of this.members) if (ref.deref() !== undefined) alive++
    // Every member tracked (full mode, small sets), or nothing trackable to extrapolate from.
    if (this.members.length === this.size || this.members.length === 0) {
      return { count: alive, estimated: false }
    }
    return { count: Math.round((alive / this.members.length) * this.size), estimated: true }
  }
}
