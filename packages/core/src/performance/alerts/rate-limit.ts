import type { AlertRateLimit } from './types'

/** A fixed-window send limit of one destination: at most `max` sends per `intervalMs`. */
export class RateLimitWindow {
  private windowStart = Number.NEGATIVE_INFINITY
  private used = 0

  constructor(private readonly limit: AlertRateLimit) {}

  /** Takes one send from the current window; false when the window is used up. */
  tryTake(now: number): boolean {
    if (now - this.windowStart >= this.limit.intervalMs || now < this.windowStart) {
      this.windowStart = now
      this.used = 0
    }
    if (this.used >= this.limit.max) return false
    this.used += 1
    return true
  }
}
