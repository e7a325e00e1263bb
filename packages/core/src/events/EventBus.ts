import type {
  TableEvent,
  TableEventHandler,
  TableEventMap,
  TableEventType,
  Unsubscribe,
} from './types'

interface Listener {
  readonly handler: (event: never) => void
  readonly once: boolean
}

/**
 * A typed, synchronous event bus. Handlers run in subscription order; one that throws is
 * reported to `onError` and the rest still run. Listener lists are copy-on-write, so
 * subscribing or unsubscribing inside a handler never disturbs the emission in progress.
 */
export class EventBus {
  private readonly listeners = new Map<TableEventType, readonly Listener[]>()

  constructor(
    private readonly tableId: string,
    private readonly onError: (error: unknown) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Subscribes `handler` to `type`; returns its unsubscribe function. */
  on<K extends TableEventType>(type: K, handler: TableEventHandler<K>): Unsubscribe {
    return this.add(type, { handler, once: false })
  }

  /** Subscribes `handler` for the next `type` event only. */
  once<K extends TableEventType>(type: K, handler: TableEventHandler<K>): Unsubscribe {
    return this.add(type, { handler, once: true })
  }

  /** Removes every subscription of `handler` to `type`. */
  off<K extends TableEventType>(type: K, handler: TableEventHandler<K>): void {
    const current = this.listeners.get(type)
    if (current === undefined) return
    this.store(
      type,
      current.filter((listener) => listener.handler !== handler),
    )
  }

  /** True when `type` has at least one handler; lets callers skip building a payload. */
  hasListeners(type: TableEventType): boolean {
    return this.listeners.has(type)
  }

  /** Delivers `payload` to the handlers of `type`; allocates nothing when there are none. */
  emit<K extends TableEventType>(type: K, payload: TableEventMap[K]): void {
    const current = this.listeners.get(type)
    if (current === undefined) return
    const event: TableEvent<K> = { type, payload, timestamp: this.now(), tableId: this.tableId }
    for (const listener of current) {
      if (listener.once) this.remove(type, listener)
      try {
        ;(listener.handler as TableEventHandler<K>)(event)
      } catch (error) {
        this.report(error)
      }
    }
  }

  /** Removes every handler of every event. */
  clear(): void {
    this.listeners.clear()
  }

  private add(type: TableEventType, listener: Listener): Unsubscribe {
    this.store(type, [...(this.listeners.get(type) ?? []), listener])
    return () => {
      this.remove(type, listener)
    }
  }

  private remove(type: TableEventType, listener: Listener): void {
    const current = this.listeners.get(type)
    if (current?.includes(listener) !== true) return
    this.store(
      type,
      current.filter((other) => other !== listener),
    )
  }

  private store(type: TableEventType, listeners: readonly Listener[]): void {
    if (listeners.length === 0) this.listeners.delete(type)
    else this.listeners.set(type, listeners)
  }

  private report(error: unknown): void {
    try {
      this.onError(error)
    } catch (secondary) {
      // An error hook that throws must not break the table either; fall back to the console.
      console.error(secondary)
    }
  }
}
