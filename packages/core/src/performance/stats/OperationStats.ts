import type { OperationMetrics } from '../types/metrics'
import { interpolatedPercentiles } from './percentiles'
import { SampleWindow } from './SampleWindow'

/** The quantiles every operation reports, ascending (p50, p95, p99). */
export const REPORTED_QUANTILES: readonly number[] = [0.5, 0.95, 0.99]

/**
 * Running statistics of one operation: all-time count/sum/min/max, a window of recent
 * samples, and the window's percentiles, computed on first read after a change and cached.
 */
export class OperationStats {
  /** The operation's name. */
  readonly operation: string
  private count = 0
  private totalTime = 0
  private minTime = Infinity
  private maxTime = -Infinity
  private lastExecuted = 0
  private errorCount = 0
  private readonly window: SampleWindow
  private readonly percentiles = new Float64Array(REPORTED_QUANTILES.length)
  private percentilesStale = false

  constructor(operation: string, windowSize: number) {
    this.operation = operation
    this.window = new SampleWindow(windowSize)
  }

  /** Records one valid sample (finite, >= 0 ms) taken at `wallTime` (epoch ms). */
  add(durationMs: number, wallTime: number): void {
    this.count++
    this.totalTime += durationMs
    if (durationMs < this.minTime) this.minTime = durationMs
    if (durationMs > this.maxTime) this.maxTime = durationMs
    this.lastExecuted = wallTime
    this.window.push(durationMs)
    this.percentilesStale = true
  }

  /** Counts a failed measured call. */
  addError(): void {
    this.errorCount++
  }

  /** Bytes of sample storage this operation holds. */
  get allocatedBytes(): number {
    return this.window.allocatedBytes
  }

  /**
   * A fresh snapshot. `scratch` (at least the window size long) is reused for the
   * percentile selection, so reads allocate only the returned object.
   */
  snapshot(scratch: Float64Array): OperationMetrics {
    if (this.percentilesStale) {
      const n = this.window.copyTo(scratch)
      interpolatedPercentiles(scratch, n, REPORTED_QUANTILES, this.percentiles)
      this.percentilesStale = false
    }
    const empty = this.count === 0
    return {
      operation: this.operation,
      count: this.count,
      avgTime: empty ? 0 : this.totalTime / this.count,
      minTime: empty ? 0 : this.minTime,
      maxTime: empty ? 0 : this.maxTime,
      totalTime: this.totalTime,
      p50: this.percentiles[0] as number,
      p95: this.percentiles[1] as number,
      p99: this.percentiles[2] as number,
      lastExecuted: this.lastExecuted,
      errorCount: this.errorCount,
      windowCount: this.window.size,
    }
  }
}
