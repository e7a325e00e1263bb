import { GridKitError } from '../../errors/GridKitError'
import type { BudgetViolation } from '../types/metrics'
import { CooldownGate } from './cooldown'
import { type AlertDestinationInput, toAlertDestination } from './custom'
import { describeDeliveryError, redactSecrets } from './delivery-error'
import { type ResolvedDispatcherOptions, resolveDispatcherOptions } from './dispatcher-options'
import { SEVERITY_RANK, isSeverity, toAlertPayload } from './payload'
import { watchPageExit } from './page-exit'
import { RateLimitWindow } from './rate-limit'
import { sendWithTimeout } from './timed-send'
import type {
  AlertDeliveryStats,
  AlertDestination,
  AlertDispatcherOptions,
  AlertErrorContext,
  AlertQueueStats,
} from './types'

interface DestinationEntry {
  destination: AlertDestination
  stats: AlertDeliveryStats
  minRank: number
  window: RateLimitWindow | undefined
  /** Violations this destination's rate limit held back, per `operation\0severity`. */
  rateLimited: Map<string, number>
}

/** Default wait of `flush()` in ms. */
const DEFAULT_FLUSH_TIMEOUT_MS = 5000

function isViolation(value: unknown): value is BudgetViolation {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<BudgetViolation>
  return typeof candidate.operation === 'string' && isSeverity(candidate.severity)
}

/**
 * Delivers budget violations to destinations off the hot path (ENT-PERF-001 §3, issue 4).
 * `enqueue` is O(1) and never throws; a scheduled drain applies `beforeSend`, `minSeverity`
 * and rate limits, then calls each `send` with a timeout. Failures are counted per
 * destination and passed to `onError`; nothing ever rejects unhandled.
 */
export class AlertDispatcher {
  private readonly options: ResolvedDispatcherOptions
  private readonly cooldown: CooldownGate
  private readonly entries = new Map<string, DestinationEntry>()
  // A plain array beside the map: the hot path walks it without allocating an iterator.
  private entryList: DestinationEntry[] = []
  private queue: BudgetViolation[] = []
  private queueCarry: number[] = []
  private drainHandle: unknown = undefined
  private drainScheduled = false
  private readonly inFlight = new Set<() => void>()
  private readonly idleWaiters = new Set<(idle: boolean) => void>()
  private disposed = false
  // Set when dispose dropped alerts (or later ones arrived): flush then honestly says false.
  private lostOnDispose = false
  // While the page exits: violations per destination that has a synchronous exit path.
  private exitBatches: Map<DestinationEntry, BudgetViolation[]> | undefined = undefined
  private readonly stopWatchingExit: () => void
  private readonly counts = {
    accepted: 0,
    suppressedByCooldown: 0,
    dropped: 0,
    invalid: 0,
    belowMinSeverity: 0,
  }

  /** Validates `options`; throws `GridKitError` (code `INVALID_OPTION`) naming a bad one. */
  constructor(options?: AlertDispatcherOptions) {
    this.options = resolveDispatcherOptions(options)
    this.cooldown = new CooldownGate(this.options.cooldownMs)
    this.stopWatchingExit = watchPageExit(() => {
      this.flushOnExit()
    })
  }

  /**
   * Adds a destination (an `AlertDestination`, a function, or an object with `send`) and
   * returns it as an `AlertDestination`. Throws `GridKitError` for a bad value or a duplicate id.
   */
  add(input: AlertDestinationInput): AlertDestination {
    const destination = toAlertDestination(input)
    if (this.entries.has(destination.id)) {
      throw new GridKitError(
        'INVALID_ALERT_DESTINATION',
        `an alert destination with id "${redactSecrets(destination.id)}" is already added; remove it first or give the new one another id`,
        { option: 'id' },
      )
    }
    const { rateLimit } = this.options
    const entry: DestinationEntry = {
      destination,
      stats: {
        id: destination.id,
        type: destination.type,
        delivered: 0,
        failed: 0,
        timedOut: 0,
        suppressed: 0,
      },
      minRank: destination.minSeverity === undefined ? 0 : SEVERITY_RANK[destination.minSeverity],
      window: rateLimit === false ? undefined : new RateLimitWindow(rateLimit),
      rateLimited: new Map(),
    }
    this.entries.set(destination.id, entry)
    this.entryList = [...this.entryList, entry]
    return destination
  }

  /** Removes a destination; true when it was there. Sends already started still settle. */
  remove(id: string): boolean {
    const entry = this.entries.get(id)
    if (entry === undefined) return false
    this.entries.delete(id)
    this.entryList = this.entryList.filter((other) => other !== entry)
    return true
  }

  /** The destinations, in the order they were added. */
  getDestinations(): AlertDestination[] {
    return Array.from(this.entries.values(), (entry) => entry.destination)
  }

  /**
   * Queues a violation for delivery: the only cost on the violating operation. O(1), no
   * promise, no send; never throws (a value that is not a violation is dropped and counted).
   */
  enqueue(violation: BudgetViolation): void {
    try {
      if (this.disposed) {
        this.counts.dropped += 1
        this.lostOnDispose = true
        return
      }
      if (!isViolation(violation)) {
        this.counts.invalid += 1
        return
      }
      const rank = SEVERITY_RANK[violation.severity]
      if (rank < this.options.minRank) {
        this.counts.belowMinSeverity += 1
        return
      }
      const { tableId, operation, actual } = violation
      const carried = this.cooldown.admit(tableId, operation, rank, actual, this.options.now())
      if (carried < 0) {
        this.counts.suppressedByCooldown += 1
        const list = this.entryList
        for (let i = 0; i < list.length; i += 1) (list[i] as DestinationEntry).stats.suppressed += 1
        return
      }
      if (this.queue.length >= this.options.maxQueue) {
        this.counts.dropped += 1
        this.cooldown.carry(tableId, operation, rank, carried + 1)
        return
      }
      this.counts.accepted += 1
      this.queue.push(violation)
      this.queueCarry.push(carried)
      this.scheduleDrain()
    } catch {
      // An injected clock or scheduler that throws must not break the table's operation.
      this.counts.invalid += 1
    }
  }

  /**
   * Delivers everything queued now and waits for sends in flight. Resolves true once the
   * queue is empty and every send settled, false after `timeoutMs` (default 5000) or when
   * `dispose` dropped alerts; never rejects. The wait keeps a Node process alive until it ends.
   */
  flush(timeoutMs: number = DEFAULT_FLUSH_TIMEOUT_MS): Promise<boolean> {
    if (this.disposed) return Promise.resolve(!this.lostOnDispose)
    try {
      if (this.drainScheduled) {
        this.options.scheduler.clearTimeout(this.drainHandle)
        this.drain()
      }
      if (this.isIdle()) return Promise.resolve(true)
      const wait =
        Number.isFinite(timeoutMs) && timeoutMs >= 0 ? timeoutMs : DEFAULT_FLUSH_TIMEOUT_MS
      return new Promise<boolean>((resolve) => {
        let timer: unknown = undefined
        const { waitScheduler } = this.options
        const waiter = (idle: boolean): void => {
          this.idleWaiters.delete(waiter)
          waitScheduler.clearTimeout(timer)
          resolve(idle)
        }
        this.idleWaiters.add(waiter)
        timer = waitScheduler.setTimeout(() => {
          waiter(false)
        }, wait)
      })
    } catch {
      return Promise.resolve(false)
    }
  }

  /**
   * The page is being hidden or closed: delivers everything queued at once, synchronously.
   * Destinations with `sendOnExit` get one batch each (a beacon: counted delivered when the
   * browser accepted it); the others get `send`, which hands the event to a vendor SDK that
   * sends on page exit itself. Runs on `pagehide` and `visibilitychange` to hidden.
   */
  flushOnExit(): void {
    if (this.disposed) return
    try {
      if (this.drainScheduled) this.options.scheduler.clearTimeout(this.drainHandle)
      this.exitBatches = new Map()
      this.drain()
      for (const [entry, batch] of this.exitBatches) this.deliverOnExit(entry, batch)
    } catch (error) {
      this.report(error, { destinationId: 'dispatcher', operation: 'pageExit' })
    } finally {
      this.exitBatches = undefined
    }
  }

  /** Delivery counts per destination (copies). */
  getStats(): AlertDeliveryStats[] {
    return Array.from(this.entries.values(), (entry) => ({ ...entry.stats }))
  }

  /** Counts of the queue itself: queued, in flight, accepted, cooldown-suppressed, dropped. */
  getQueueStats(): AlertQueueStats {
    return {
      queued: this.queue.length,
      inFlight: this.inFlight.size,
      ...this.counts,
    }
  }

  /**
   * Cancels the pending drain and every send timeout, drops the queue (counted as dropped)
   * and resolves pending `flush` calls with false. Later `enqueue` calls are dropped.
   */
  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    this.stopWatchingExit()
    if (!this.isIdle()) this.lostOnDispose = true
    if (this.drainScheduled) {
      this.drainScheduled = false
      this.options.scheduler.clearTimeout(this.drainHandle)
    }
    this.counts.dropped += this.queue.length
    this.queue = []
    this.queueCarry = []
    for (const abandon of this.inFlight) abandon()
    this.inFlight.clear()
    for (const waiter of Array.from(this.idleWaiters)) waiter(false)
  }

  private scheduleDrain(): void {
    if (this.drainScheduled) return
    this.drainScheduled = true
    this.drainHandle = this.options.scheduler.setTimeout(() => {
      this.drain()
    }, 0)
  }

  private drain(): void {
    this.drainScheduled = false
    this.drainHandle = undefined
    const batch = this.queue
    const carries = this.queueCarry
    this.queue = []
    this.queueCarry = []
    for (let i = 0; i < batch.length; i += 1) {
      const violation = batch[i] as BudgetViolation
      try {
        this.dispatch(violation, carries[i] ?? 0)
      } catch (error) {
        // Runs in a timer: an injected clock or scheduler that throws is reported, not thrown.
        this.report(error, { destinationId: 'dispatcher', operation: violation.operation })
      }
    }
    this.notifyIfIdle()
  }

  private dispatch(original: BudgetViolation, carried: number): void {
    const violation = this.applyBeforeSend(original)
    if (violation === undefined) {
      for (const entry of this.entries.values()) entry.stats.suppressed += 1
      return
    }
    const payload = toAlertPayload(violation)
    const rank = SEVERITY_RANK[payload.severity]
    const key = `${payload.operation}\u0000${payload.severity}`
    const now = this.options.now()
    for (const entry of this.entries.values()) {
      if (rank < entry.minRank) {
        entry.stats.suppressed += 1
        continue
      }
      const held = entry.rateLimited.get(key) ?? 0
      if (entry.window !== undefined && !entry.window.tryTake(now)) {
        entry.stats.suppressed += 1
        entry.rateLimited.set(key, held + 1 + carried)
        continue
      }
      entry.rateLimited.delete(key)
      const suppressedCount = (payload.suppressedCount ?? 0) + carried + held
      const copy: BudgetViolation = { ...payload }
      if (suppressedCount > 0) copy.suppressedCount = suppressedCount
      this.deliver(entry, copy)
    }
  }

  /** Runs `beforeSend`; undefined means drop. A throw or a non-violation result is reported. */
  private applyBeforeSend(violation: BudgetViolation): BudgetViolation | undefined {
    const { beforeSend } = this.options
    if (beforeSend === undefined) return violation
    const context = { destinationId: 'beforeSend', operation: violation.operation }
    try {
      const result = beforeSend(violation)
      if (result === null || result === undefined) return undefined
      if (isViolation(result)) return result
      this.report(new TypeError('beforeSend returned a value that is not a violation'), context)
    } catch (error) {
      this.report(error, context)
    }
    return undefined
  }

  private deliverOnExit(entry: DestinationEntry, batch: BudgetViolation[]): void {
    const { destination, stats } = entry
    let accepted = false
    try {
      accepted = destination.sendOnExit?.(batch) === true
    } catch (error) {
      this.report(error, { destinationId: destination.id, operation: 'pageExit' })
    }
    if (accepted) {
      stats.delivered += batch.length
    } else {
      stats.failed += batch.length
      stats.lastError = 'the browser refused the exit beacon'
    }
  }

  private deliver(entry: DestinationEntry, violation: BudgetViolation): void {
    const exitBatch = this.exitBatches
    if (exitBatch !== undefined && entry.destination.sendOnExit !== undefined) {
      const batch = exitBatch.get(entry)
      if (batch === undefined) exitBatch.set(entry, [violation])
      else batch.push(violation)
      return
    }
    const { scheduler, timeoutMs } = this.options
    const { destination, stats } = entry
    const abandon = sendWithTimeout(destination, violation, scheduler, timeoutMs, (outcome) => {
      this.inFlight.delete(abandon)
      if (outcome.ok) {
        stats.delivered += 1
      } else {
        stats.failed += 1
        if (outcome.timedOut) stats.timedOut += 1
        stats.lastError = describeDeliveryError(outcome.error)
        this.report(outcome.error, {
          destinationId: destination.id,
          operation: violation.operation,
        })
      }
      this.notifyIfIdle()
    })
    this.inFlight.add(abandon)
  }

  private report(error: unknown, context: AlertErrorContext): void {
    try {
      this.options.onError(error, context)
    } catch {
      // onError is the last stop: a throwing hook must not reach the table.
    }
  }

  private isIdle(): boolean {
    return this.inFlight.size === 0 && this.queue.length === 0
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return
    for (const waiter of Array.from(this.idleWaiters)) waiter(true)
  }
}
