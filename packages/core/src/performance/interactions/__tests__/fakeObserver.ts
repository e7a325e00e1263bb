import type {
  EventTimingEntry,
  LoafEntry,
  ObservedEntryList,
  ObserverConstructor,
} from '../entries'
import type { InteractionEnvironment } from '../environment'

/** A stand-in for `PerformanceObserver`: tests deliver entries by hand. */
export interface FakeObservers {
  /** The constructor to inject (or stub as the global). */
  Observer: ObserverConstructor
  /** Observers currently observing, by entry type. */
  active(type: string): number
  /** Delivers entries to every observer of `type`, as the browser's callback would. */
  deliver(type: string, entries: readonly unknown[]): void
  /** Queues entries that only `takeRecords()` returns (not yet delivered). */
  queue(type: string, entries: readonly unknown[]): void
  /** The options each `observe` call received. */
  observed: { type: string; buffered?: boolean; durationThreshold?: number }[]
}

/** Fake observers supporting `types` (default: event and long-animation-frame). */
export function fakeObservers(types = ['event', 'long-animation-frame']): FakeObservers {
  const instances = new Set<FakeObserver>()
  const observed: FakeObservers['observed'] = []
  class FakeObserver {
    static readonly supportedEntryTypes = types
    type: string | undefined
    queued: unknown[] = []
    constructor(private readonly callback: (list: ObservedEntryList) => void) {}
    observe(options: { type: string; buffered?: boolean; durationThreshold?: number }): void {
      this.type = options.type
      observed.push(options)
      instances.add(this)
    }
    takeRecords(): unknown[] {
      return this.queued.splice(0)
    }
    disconnect(): void {
      instances.delete(this)
    }
    call(entries: readonly unknown[]): void {
      this.callback({ getEntries: () => entries })
    }
  }
  const of = (type: string): FakeObserver[] => [...instances].filter((o) => o.type === type)
  return {
    Observer: FakeObserver,
    active: (type) => of(type).length,
    deliver: (type, entries) => {
      for (const observer of of(type)) observer.call(entries)
    },
    queue: (type, entries) => {
      for (const observer of of(type)) observer.queued.push(...entries)
    },
    observed,
  }
}

/** A manual clock and scheduler: `run()` runs the scheduled tasks. */
export interface FakeEnvironment extends InteractionEnvironment {
  /** Sets the clock, ms. */
  setTime(ms: number): void
  /** Runs every scheduled task; returns how many ran. */
  run(): number
  /** Tasks scheduled and not yet run or cancelled. */
  scheduled(): number
}

/** An environment over `observers` with a manual clock and scheduler. */
export function fakeEnvironment(observers: FakeObservers): FakeEnvironment {
  let time = 0
  let nextId = 0
  const tasks = new Map<number, () => void>()
  return {
    PerformanceObserver: observers.Observer,
    now: () => time,
    schedule: (task) => {
      tasks.set(++nextId, task)
      return nextId
    },
    cancel: (handle) => {
      tasks.delete(handle as number)
    },
    setTime: (ms) => {
      time = ms
    },
    run: () => {
      const due = [...tasks.values()]
      tasks.clear()
      for (const task of due) task()
      return due.length
    },
    scheduled: () => tasks.size,
  }
}

/** An event entry of interaction `interactionId` (defaults: a click on button#sort). */
export function eventEntry(
  fields: Partial<EventTimingEntry> & { startTime: number },
): EventTimingEntry {
  return {
    name: 'click',
    duration: 100,
    processingStart: fields.startTime + 4,
    processingEnd: fields.startTime + 60,
    interactionId: 1,
    target: { nodeName: 'BUTTON', id: 'sort' },
    ...fields,
  }
}

/** A Long Animation Frame with one script. */
export function frameEntry(startTime: number, duration: number, scriptMs: number): LoafEntry {
  return {
    startTime,
    duration,
    scripts: [
      {
        invoker: 'BUTTON#sort.onclick',
        invokerType: 'event-listener',
        sourceFunctionName: 'sortByName',
        startTime: startTime + 1,
        duration: scriptMs,
      },
    ],
  }
}
