import type { EnhancedPerformanceMonitor } from '../monitor/EnhancedPerformanceMonitor'
import type { PerformanceBudget } from '../types/metrics'
import { buildAttribution } from './buildAttribution'
import type { EventTimingEntry, LoafEntry, ObserverLike } from './entries'
import type { InteractionEnvironment } from './environment'
import type { ResolvedInteractionsOptions } from './interactionsOptions'
import { interactionTiming } from './interactionTiming'
import { InteractionLog } from './InteractionLog'
import { LongAnimationFrameLog } from './LongAnimationFrameLog'
import { OperationSpanLog } from './OperationSpanLog'
import { INTERACTION_OPERATION, type InteractionAttribution } from './types'

/** The INP thresholds the default `interaction` budget uses, ms. */
export const INTERACTION_THRESHOLDS = { warning: 200, error: 500 } as const

/** The `interaction` budget installed when the monitor has none: warning over 200 ms (error over 500 ms). */
export const DEFAULT_INTERACTION_BUDGET: Readonly<PerformanceBudget> = {
  operation: INTERACTION_OPERATION,
  budgetMs: INTERACTION_THRESHOLDS.warning,
  enabled: true,
  severity: 'warning',
}

// The entries of one interaction (pointerdown, pointerup, click) can arrive in separate
// observer callbacks when their frames differ; they are gathered this long before recording.
const GATHER_MS = 50

/** Interaction ids remembered after recording, so a straggling entry does not record twice. */
const RECORDED_IDS = 64

function isDefaultBudget(budget: PerformanceBudget | undefined): boolean {
  return (
    budget !== undefined &&
    budget.budgetMs === DEFAULT_INTERACTION_BUDGET.budgetMs &&
    budget.severity === DEFAULT_INTERACTION_BUDGET.severity &&
    budget.enabled &&
    budget.impact === undefined
  )
}

/**
 * Observes Event Timing (and Long Animation Frame) entries and records every interaction of
 * at least `durationThreshold` ms as a sample of `interaction`, with its attribution: the
 * monitor's samples that overlapped it (kept in a span log on the `performance.now()` clock)
 * and the scripts of overlapping frames. Only observers: nothing runs on the table's path
 * except one O(1) span write per sample.
 */
export class InteractionTracker {
  private readonly spans: OperationSpanLog
  private readonly frames = new LongAnimationFrameLog()
  private readonly log: InteractionLog
  private readonly pending = new Map<number, EventTimingEntry[]>()
  private readonly recordedIds: number[] = []
  private eventObserver: ObserverLike | undefined
  private frameObserver: ObserverLike | undefined
  private timer: unknown
  private installedBudget = false

  constructor(
    private readonly monitor: EnhancedPerformanceMonitor,
    private readonly options: ResolvedInteractionsOptions,
    private readonly env: InteractionEnvironment,
    private readonly onError: (error: unknown) => void,
  ) {
    this.spans = new OperationSpanLog(env.now)
    this.log = new InteractionLog(options.maxInteractions)
  }

  /** Starts observing; installs the default `interaction` budget if the monitor has none. */
  start(): void {
    if (this.eventObserver !== undefined) return
    if (this.monitor.getBudget(INTERACTION_OPERATION) === undefined) {
      this.monitor.setBudget({ ...DEFAULT_INTERACTION_BUDGET })
      this.installedBudget = true
    }
    this.monitor.setSpanLog(this.spans)
    const Observer = this.env.PerformanceObserver
    this.eventObserver = new Observer((list) => {
      this.guard(() => this.addEvents(list.getEntries()))
    })
    this.eventObserver.observe({
      type: 'event',
      durationThreshold: this.options.durationThreshold,
      buffered: false,
    })
    if (Observer.supportedEntryTypes?.includes('long-animation-frame') === true) {
      this.frameObserver = new Observer((list) => {
        this.guard(() => this.addFrames(list.getEntries()))
      })
      this.frameObserver.observe({ type: 'long-animation-frame', buffered: false })
    }
  }

  /** Disconnects the observers, cancels the pending gather and forgets the spans. */
  stop(): void {
    if (this.eventObserver === undefined) return
    this.eventObserver.disconnect()
    this.frameObserver?.disconnect()
    this.eventObserver = undefined
    this.frameObserver = undefined
    if (this.timer !== undefined) this.env.cancel(this.timer)
    this.timer = undefined
    this.pending.clear()
    this.monitor.setSpanLog(undefined)
    this.spans.clear()
    this.frames.clear()
    if (this.installedBudget && isDefaultBudget(this.monitor.getBudget(INTERACTION_OPERATION))) {
      this.monitor.removeBudget(INTERACTION_OPERATION)
    }
    this.installedBudget = false
  }

  /** The recent interactions with their attribution, oldest first. */
  recent(): InteractionAttribution[] {
    return this.log.recent()
  }

  private addEvents(entries: readonly unknown[]): void {
    if (!this.monitor.isEnabled()) return
    this.gather(entries)
    if (this.pending.size > 0 && this.timer === undefined) {
      this.timer = this.env.schedule(() => {
        this.timer = undefined
        this.guard(() => this.flush())
      }, GATHER_MS)
    }
  }

  private gather(entries: readonly unknown[]): void {
    for (const raw of entries) {
      const entry = raw as EventTimingEntry
      const id = entry.interactionId ?? 0
      if (!(id > 0) || this.recordedIds.includes(id)) continue
      const group = this.pending.get(id)
      if (group === undefined) this.pending.set(id, [entry])
      else group.push(entry)
    }
  }

  private addFrames(entries: readonly unknown[]): void {
    for (const entry of entries) this.frames.add(entry as LoafEntry)
  }

  private flush(): void {
    // Frames and events the browser queued but has not delivered yet belong to these interactions.
    if (this.frameObserver !== undefined) this.addFrames(this.frameObserver.takeRecords())
    if (this.eventObserver !== undefined) this.gather(this.eventObserver.takeRecords())
    const groups = [...this.pending.values()]
    this.pending.clear()
    for (const entries of groups) this.record(entries)
  }

  private record(entries: readonly EventTimingEntry[]): void {
    const timing = interactionTiming(entries)
    this.recordedIds.push(timing.interactionId)
    if (this.recordedIds.length > RECORDED_IDS) this.recordedIds.shift()
    if (timing.durationMs < this.options.durationThreshold) return
    const end = timing.startTime + timing.durationMs
    const attribution = buildAttribution(
      timing,
      this.spans.overlapping(timing.startTime, end),
      this.frames.scriptsWithin(timing.startTime, end),
    )
    this.log.add(attribution)
    const escalate =
      this.installedBudget &&
      timing.durationMs > INTERACTION_THRESHOLDS.error &&
      isDefaultBudget(this.monitor.getBudget(INTERACTION_OPERATION))
    this.monitor.trackOperation(INTERACTION_OPERATION, timing.durationMs, {
      tableId: attribution.tableIds[0],
      attribution,
      skipBudget: !attribution.touchedTable,
      ...(escalate ? { severity: 'error' as const } : {}),
    })
  }

  private guard(task: () => void): void {
    try {
      task()
    } catch (error) {
      this.onError(error)
    }
  }
}
