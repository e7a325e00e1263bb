import type { AlertScheduler } from '../types'

interface Timer {
  at: number
  fn: () => void
}

/** A scheduler and clock that move only when a test says so. */
export class ManualScheduler implements AlertScheduler {
  /** Current time in ms. */
  time = 0
  private nextId = 1
  private readonly timers = new Map<number, Timer>()

  /** The clock to pass as `now`. */
  readonly now = (): number => this.time

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++
    this.timers.set(id, { at: this.time + ms, fn })
    return id
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number)
  }

  /** Timers not yet run or cleared. */
  get pending(): number {
    return this.timers.size
  }

  /** Moves time forward by `ms`, running due timers in order (each after pending microtasks). */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms
    for (;;) {
      await settle()
      let nextId: number | undefined
      let next: Timer | undefined
      for (const [id, timer] of this.timers) {
        if (timer.at <= end && (next === undefined || timer.at < next.at)) {
          next = timer
          nextId = id
        }
      }
      if (next === undefined || nextId === undefined) break
      this.timers.delete(nextId)
      this.time = Math.max(this.time, next.at)
      next.fn()
    }
    this.time = end
    await settle()
  }
}

/** Lets every queued promise callback run (one macrotask turn; not a timed wait). */
export function settle(): Promise<void> {
  return new Promise((resolve) => {
    setImmediate(resolve)
  })
}
