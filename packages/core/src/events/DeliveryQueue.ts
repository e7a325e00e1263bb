/**
 * Runs deliveries (event emissions, `onStateChange` calls) one at a time, in the order
 * they were queued. A delivery queued while another runs (a handler changed the table)
 * waits until the running one and everything queued before it have finished, so every
 * listener sees changes in the order they happened and payloads chain (issue 9).
 */
export class DeliveryQueue {
  private readonly pending: (() => void)[] = []
  private draining = false

  constructor(private readonly report: (error: unknown) => void) {}

  /** Whether a delivery is running right now (the caller is inside a handler). */
  isDelivering(): boolean {
    return this.draining
  }

  /** Queues `delivery`; runs the queue at once unless a delivery is already running. */
  deliver(delivery: () => void): void {
    this.pending.push(delivery)
    this.drain()
  }

  /** Queues `delivery` without running the queue (the caller drains after a batch). */
  enqueue(delivery: () => void): void {
    this.pending.push(delivery)
  }

  /** Runs every queued delivery, including those queued while it runs. Re-entrant calls return at once. */
  drain(): void {
    if (this.draining) return
    this.draining = true
    try {
      // An index, not shift(): deliveries queued during the loop are appended and reached.
      for (let i = 0; i < this.pending.length; i++) {
        try {
          ;(this.pending[i] as () => void)()
        } catch (error) {
          this.report(error)
        }
      }
    } finally {
      this.pending.length = 0
      this.draining = false
    }
  }

  /** Forgets every queued delivery (the table was torn down). */
  clear(): void {
    this.pending.length = 0
  }
}
