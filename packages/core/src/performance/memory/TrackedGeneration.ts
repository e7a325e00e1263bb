import { evenlySpreadIndices } from './evenlySpreadIndices'
import type { ColumnReleaseReason, LeakKind, RowReleaseReason } from './types'

/** Reachable objects of a generation, exact or extrapolated from a sample. */
export interface ReachableCount {
  /** How many of the generation's objects are still reachable. */
  count: number
  /** True when part of `count` is extrapolated from a sample. */
  estimated: boolean
  /** How many of `count` were counted one by one. */
  exactCount: number
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
 * The weak record of one released set of rows or columns: a WeakRef to the set itself, a
 * WeakRef to each row the table handed to the app (`exact`), WeakRefs to the members at
 * `limit` positions spread evenly over it (handed rows left out), and a GC witness. It holds
 * no strong reference to anything the table released.
 */
export class TrackedGeneration {
  /** Who released it, and why. */
  readonly facts: GenerationFacts
  /** Objects in the released set. */
  readonly size: number
  private readonly container: WeakRef<object>
  // Rows handed to the app, each tracked: counted exactly, never extrapolated.
  private readonly exact: WeakRef<object>[]
  // A sample of the other members, standing for `size - exact.length` of them.
  private readonly members: WeakRef<object>[]
  // A fresh object nothing else references: once it is gone, a collection has run since the
  // release. V8 clears WeakRefs only in full (mark-compact) collections unless
  // --handle-weak-ref-weakly-in-minor-gc is set, so a scavenge alone does not count.
  private readonly gcWitness: WeakRef<object>
  // What the released objects came from, with how many it stands for (see RowReleaseContext).
  private readonly holder: WeakRef<object> | undefined
  private readonly holderCount: number

  constructor(
    objects: readonly unknown[],
    limit: number,
    facts: GenerationFacts,
    handed: readonly (readonly unknown[])[] = [],
    holder?: { readonly count: number },
  ) {
    this.facts = facts
    this.size = objects.length
    this.container = new WeakRef(objects)
    this.holder = holder === undefined ? undefined : new WeakRef(holder)
    this.holderCount = holder?.count ?? 0
    const exactSet = new Set<object>()
    for (const rows of handed) for (const row of rows) if (isWeakTarget(row)) exactSet.add(row)
    this.exact = []
    for (const row of exactSet) this.exact.push(new WeakRef(row))
    this.members = []
    for (const index of evenlySpreadIndices(objects.length, limit)) {
      const member = objects[index]
      // A sampled row that is also handed out is counted once, exactly.
      if (isWeakTarget(member) && !exactSet.has(member)) this.members.push(new WeakRef(member))
    }
    this.gcWitness = new WeakRef({})
  }

  /** True once a garbage collection has run since the release. */
  collectionSeen(): boolean {
    return this.gcWitness.deref() === undefined
  }

  /** True when nothing of the generation is reachable any more: it can be forgotten. */
  fullyCollected(): boolean {
    if (this.container.deref() !== undefined || this.holder?.deref() !== undefined) return false
    return !this.exact.some(isAlive) && !this.members.some(isAlive)
  }

  /** How many of the generation's objects are still reachable. */
  countReachable(): ReachableCount {
    // A reachable holder can make every row of its build, and holds all of their data.
    if (this.holder?.deref() !== undefined) {
      const count = Math.max(this.holderCount, this.size)
      return { count, estimated: false, exactCount: count }
    }
    // A reachable array keeps every one of its members reachable.
    if (this.container.deref() !== undefined) {
      return { count: this.size, estimated: false, exactCount: this.size }
    }
    const exactCount = this.exact.filter(isAlive).length
    const alive = this.members.filter(isAlive).length
    const rest = Math.max(0, this.size - this.exact.length)
    // Every other member tracked (full mode, small sets), or no sampled row survived: nothing
    // is extrapolated.
    if (alive === 0 || this.members.length >= rest) {
      return { count: exactCount + alive, estimated: false, exactCount: exactCount + alive }
    }
    const estimate = Math.round((alive / this.members.length) * rest)
    return { count: exactCount + estimate, estimated: true, exactCount }
  }
}

function isAlive(ref: WeakRef<object>): boolean {
  return ref.deref() !== undefined
}
