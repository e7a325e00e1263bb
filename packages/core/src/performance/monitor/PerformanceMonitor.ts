import { GridKitError, describeValue } from '../../errors/GridKitError'
import { defaultClock, type Clock } from './clock'

/** Options of the base {@link PerformanceMonitor}. */
export interface PerformanceMonitorOptions {
  /** Start enabled (default `true`). A disabled monitor times nothing. */
  enabled?: boolean
  /** Monotonic clock in ms (default `performance.now`). */
  now?: Clock
  /** Called with every timing the base monitor takes; subclasses record instead. */
  onMeasure?: (operation: string, durationMs: number) => void
}

/** Ends a timing started by {@link PerformanceMonitor.start}; returns the duration in ms. */
export type EndTiming = () => number

const endDisabled: EndTiming = () => 0

/**
 * The timing primitive the table calls at its seams. It times work and hands each
 * duration to {@link PerformanceMonitor.record}; what is kept is the subclass's job
 * (see `EnhancedPerformanceMonitor`). Disabled, `start` returns a shared no-op and
 * `measure` calls the function straight through.
 */
export class PerformanceMonitor {
  /** The clock durations are read from, in ms. */
  readonly now: Clock
  private enabled: boolean
  private readonly onMeasure: ((operation: string, durationMs: number) => void) | undefined

  constructor(options: PerformanceMonitorOptions = {}) {
    if (options.now !== undefined && typeof options.now !== 'function') {
      throw new GridKitError(
        'INVALID_MONITOR_OPTION',
        `PerformanceMonitor option "now" must be a function returning milliseconds; got ${describeValue(options.now)}.`,
        { option: 'now' },
      )
    }
    this.now = options.now ?? defaultClock
    this.enabled = options.enabled ?? true
    this.onMeasure = options.onMeasure
  }

  /** Whether the monitor records. */
  isEnabled(): boolean {
    return this.enabled
  }

  /** Turns recording on or off. Off, timing costs one branch. */
  setEnabled(enabled: boolean): void {
    if (typeof enabled !== 'boolean') {
      throw new GridKitError(
        'INVALID_MONITOR_OPTION',
        `setEnabled takes true or false; got ${describeValue(enabled)}.`,
        { option: 'enabled' },
      )
    }
    this.enabled = enabled
  }

  /** Starts timing `operation`; call the returned function when it ends (returns ms). */
  start(operation: string): EndTiming {
    if (!this.enabled) return endDisabled
    const startedAt = this.now()
    return () => {
      const duration = this.now() - startedAt
      this.record(operation, duration)
      return duration
    }
  }

  /** Times a synchronous call and records it; rethrows the call's error after counting it. */
  measure<T>(operation: string, fn: () => T): T {
    if (!this.enabled) return fn()
    const startedAt = this.now()
    let result: T
    try {
      result = fn()
    } catch (error) {
      this.record(operation, this.now() - startedAt)
      this.recordError(operation)
      throw error
    }
    this.record(operation, this.now() - startedAt)
    return result
  }

  /** Times an async call until it settles and records it; rethrows its rejection after counting it. */
  async measureAsync<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    if (!this.enabled) return fn()
    const startedAt = this.now()
    try {
      const result = await fn()
      this.record(operation, this.now() - startedAt)
      return result
    } catch (error) {
      this.record(operation, this.now() - startedAt)
      this.recordError(operation)
      throw error
    }
  }

  /** Receives every duration taken (ms). The base passes it to `onMeasure`. */
  protected record(operation: string, durationMs: number): void {
    this.onMeasure?.(operation, durationMs)
  }

  /** Receives a failed `measure`/`measureAsync` call. The base keeps nothing. */
  protected recordError(_operation: string): void {
    // The base monitor keeps no state; subclasses count errors per operation.
  }
}
