// The fields GridKit reads from the browser's entries, typed structurally so tests can inject
// plain objects and runtimes without the DOM types still compile.

/** The fields of a `PerformanceEventTiming` entry that are read. */
export interface EventTimingEntry {
  /** The event's name (`click`, `keydown`, `pointerup`, ...). */
  readonly name: string
  /** Event timestamp, ms on the `performance.now()` clock. */
  readonly startTime: number
  /** From the event to the next paint, ms (rounded to 8 ms). */
  readonly duration: number
  /** When its first handler started, ms. */
  readonly processingStart: number
  /** When its last handler ended, ms. */
  readonly processingEnd: number
  /** Shared by the events of one interaction; 0 for events that are not part of one. */
  readonly interactionId?: number
  /** The event's target, when still in the document. */
  readonly target?: { readonly nodeName?: string; readonly id?: string } | null
}

/** The fields of a Long Animation Frame script that are read. */
export interface LoafScriptEntry {
  /** What ran the script. */
  readonly invoker?: string
  /** The kind of invoker. */
  readonly invokerType?: string
  /** The function's name, or ''. */
  readonly sourceFunctionName?: string
  /** Start, ms. */
  readonly startTime: number
  /** ms it ran. */
  readonly duration: number
}

/** The fields of a `PerformanceLongAnimationFrameTiming` entry that are read. */
export interface LoafEntry {
  /** Frame start, ms. */
  readonly startTime: number
  /** Frame length, ms. */
  readonly duration: number
  /** Scripts that ran in it. */
  readonly scripts?: readonly LoafScriptEntry[]
}

/** The list an observer callback receives. */
export interface ObservedEntryList {
  /** The new entries. */
  getEntries(): readonly unknown[]
}

/** The parts of a `PerformanceObserver` used. */
export interface ObserverLike {
  /** Starts observing one entry type. */
  observe(options: { type: string; buffered?: boolean; durationThreshold?: number }): void
  /** Entries queued but not yet delivered. */
  takeRecords(): readonly unknown[]
  /** Stops observing. */
  disconnect(): void
}

/** A `PerformanceObserver` constructor, with the entry types this browser supports. */
export interface ObserverConstructor {
  new (callback: (list: ObservedEntryList) => void): ObserverLike
  /** Entry types this runtime can observe. */
  readonly supportedEntryTypes?: readonly string[]
}

/** The browser's `PerformanceObserver` if it reports Event Timing entries, else undefined (Node). */
export function eventTimingObserver(): ObserverConstructor | undefined {
  if (typeof PerformanceObserver !== 'function') return undefined
  const ctor = PerformanceObserver as unknown as ObserverConstructor
  return ctor.supportedEntryTypes?.includes('event') === true ? ctor : undefined
}
