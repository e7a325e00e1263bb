import type { TableEventHandler, TableEventType, TableInstance, Unsubscribe } from '@gridkit/core'

type AnyHandler = (event: never) => void

/** A handler registered during a render, not yet committed. */
interface PendingHandler {
  type: TableEventType
  handler: AnyHandler
  removed: boolean
}

/** One subscription on the table, running the handler of the latest committed render. */
interface CommittedSlot {
  type: TableEventType
  current: AnyHandler
  /** The registration whose handler `current` is: only its unsubscribe removes the slot. */
  owner: PendingHandler
  unsubscribe: Unsubscribe
}

/**
 * `table.on` called while the component renders, as in the specification's example
 * (`table.on(...)` in the component body). Each render registers its handlers again, so
 * subscribing each call would add one handler per render. Instead, the handlers of a render
 * are collected by call order and take effect when that render commits: the n-th call of
 * the committed render replaces the handler of the n-th subscription (same event type) and
 * keeps it subscribed. Subscriptions are never dropped for a render that makes fewer calls
 * (a memoized child that did not render again, a subscription made once), only by the
 * function `on` returned, by `off`, or with the table. A render that is thrown away
 * (StrictMode's second render, an interrupted concurrent render) subscribes nothing.
 */
export class RenderScopedHandlers {
  private pending: PendingHandler[] = []
  private slots: CommittedSlot[] = []
  /** Whether a render ran since the last commit (StrictMode runs a commit's effects twice). */
  private rendered = false

  constructor(private readonly table: TableInstance<unknown>) {}

  /** A render of the component started: calls from here on belong to it. */
  beginRender(): void {
    this.pending = []
    this.rendered = true
  }

  /** `on` during render: collected; the returned function removes it, committed or not. */
  add<K extends TableEventType>(type: K, handler: TableEventHandler<K>): Unsubscribe {
    const entry: PendingHandler = { type, handler: handler, removed: false }
    this.pending.push(entry)
    return () => {
      entry.removed = true
      // A later render may have handed the slot to its own registration: leave that one.
      const slot = this.slots.find((each) => each.owner === entry)
      if (slot !== undefined) this.remove(slot)
    }
  }

  /**
   * `off` for a handler registered during render: removes its pending and committed
   * registrations. Returns whether there was one (otherwise the table's own `off` applies).
   */
  off(type: TableEventType, handler: AnyHandler): boolean {
    let found = false
    for (const entry of this.pending) {
      if (entry.type === type && entry.handler === handler && !entry.removed) {
        entry.removed = true
        found = true
      }
    }
    for (const slot of this.slots.filter(
      (each) => each.type === type && each.current === handler,
    )) {
      slot.owner.removed = true
      this.remove(slot)
      found = true
    }
    return found
  }

  /**
   * The render committed (called before any layout effect of the commit): its handlers replace
   * the previous render's, by call order. Effects run again without a render change nothing.
   */
  commit(): void {
    if (!this.rendered) return
    this.rendered = false
    const next = this.pending.filter((entry) => !entry.removed)
    this.pending = []
    next.forEach((entry, index) => {
      const slot = this.slots[index]
      if (slot !== undefined && slot.type === entry.type) {
        slot.current = entry.handler
        slot.owner = entry
        return
      }
      slot?.unsubscribe()
      const created: CommittedSlot = {
        type: entry.type,
        current: entry.handler,
        owner: entry,
        unsubscribe: () => {},
      }
      created.unsubscribe = this.table.on(entry.type, (event) => {
        created.current(event as never)
      })
      this.slots[index] = created
    })
  }

  private remove(slot: CommittedSlot): void {
    slot.unsubscribe()
    this.slots = this.slots.filter((each) => each !== slot)
  }
}
