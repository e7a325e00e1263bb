import type { TableEventHandler, TableEventType, TableInstance, Unsubscribe } from '@gridkit/core'

type AnyHandler = (event: never) => void

/** A handler registered during a render, not yet committed. */
interface PendingHandler {
  type: TableEventType
  handler: AnyHandler
  removed: boolean
  /** Set at commit: the slot that now runs this handler. */
  slot: CommittedSlot | undefined
}

/** One subscription on the table, running the handler of the latest committed render. */
interface CommittedSlot {
  type: TableEventType
  current: AnyHandler
  unsubscribe: Unsubscribe
}

/**
 * `table.on` called while the component renders, as in the specification's example
 * (`table.on(...)` in the component body). Each render registers its handlers again, so
 * subscribing each call would add one handler per render. Instead, the handlers of a render
 * are collected by call order and take effect when that render commits: the n-th call of
 * the committed render replaces the n-th of the previous one on the same subscription.
 * A render that is thrown away (StrictMode's second render, an interrupted concurrent
 * render) subscribes nothing.
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
    const entry: PendingHandler = {
      type,
      handler: handler,
      removed: false,
      slot: undefined,
    }
    this.pending.push(entry)
    return () => {
      entry.removed = true
      const { slot } = entry
      if (slot === undefined) return
      entry.slot = undefined
      slot.unsubscribe()
      this.slots = this.slots.filter((each) => each !== slot)
    }
  }

  /**
   * The render committed: its handlers replace the previous render's. Effects run again
   * without a render (StrictMode) change nothing.
   */
  commit(): void {
    if (!this.rendered) return
    this.rendered = false
    const next = this.pending.filter((entry) => !entry.removed)
    this.pending = []
    const previous = this.slots
    const slots: CommittedSlot[] = []
    next.forEach((entry, index) => {
      const reused = previous[index]
      let slot: CommittedSlot
      if (reused !== undefined && reused.type === entry.type) {
        reused.current = entry.handler
        slot = reused
      } else {
        reused?.unsubscribe()
        const created: CommittedSlot = {
          type: entry.type,
          current: entry.handler,
          unsubscribe: () => {},
        }
        created.unsubscribe = this.table.on(entry.type, (event) => {
          created.current(event as never)
        })
        slot = created
      }
      entry.slot = slot
      slots.push(slot)
    })
    for (const stale of previous.slice(next.length)) stale.unsubscribe()
    this.slots = slots
  }
}
