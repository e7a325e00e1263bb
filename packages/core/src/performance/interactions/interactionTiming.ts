import type { EventTimingEntry } from './entries'
import type { InteractionAttribution } from './types'

/** The Event Timing part of an attribution: when, how long, and its three phases (ms). */
export type InteractionTiming = Pick<
  InteractionAttribution,
  | 'interactionId'
  | 'interactionType'
  | 'eventName'
  | 'target'
  | 'startTime'
  | 'durationMs'
  | 'inputDelayMs'
  | 'processingDurationMs'
  | 'presentationDelayMs'
>

// Entries that end within this many ms of each other were painted by the same frame: the
// browser rounds durations to 8 ms.
const SAME_FRAME_MS = 8

/** `click` for pointer/mouse interactions with a click, `keyboard` for keys, `pointer` for the rest. */
export function interactionTypeOf(entries: readonly EventTimingEntry[]): string {
  let type = ''
  for (const { name } of entries) {
    if (name === 'click') return 'click'
    if (name.startsWith('key')) type = 'keyboard'
    else if (type === '' && (name.startsWith('pointer') || name.startsWith('mouse')))
      type = 'pointer'
  }
  return type === '' ? (entries[0]?.name ?? '') : type
}

/** `tag#id` of an event target, lower-case tag; never its text or classes. */
export function describeTarget(target: EventTimingEntry['target']): string {
  if (target === null || target === undefined) return ''
  const tag = (target.nodeName ?? '').toLowerCase()
  return typeof target.id === 'string' && target.id !== '' ? `${tag}#${target.id}` : tag
}

/**
 * The interaction's duration is its longest entry's (as INP counts it); its phases come from
 * the entries painted by that entry's frame: input delay to the first handler, processing
 * until the last handler ended, presentation until the paint. `entries` is not empty.
 */
export function interactionTiming(entries: readonly EventTimingEntry[]): InteractionTiming {
  let longest = entries[0] as EventTimingEntry
  for (const entry of entries) if (entry.duration > longest.duration) longest = entry
  const end = longest.startTime + longest.duration
  let processingStart = longest.processingStart
  let processingEnd = longest.processingEnd
  for (const entry of entries) {
    if (Math.abs(entry.startTime + entry.duration - end) > SAME_FRAME_MS) continue
    if (entry.startTime < longest.startTime) continue
    processingStart = Math.min(processingStart, entry.processingStart)
    processingEnd = Math.max(processingEnd, entry.processingEnd)
  }
  const inputDelayMs = Math.max(0, processingStart - longest.startTime)
  const processingDurationMs = Math.max(0, processingEnd - processingStart)
  return {
    interactionId: longest.interactionId ?? 0,
    interactionType: interactionTypeOf(entries),
    eventName: longest.name,
    target: describeTarget(longest.target),
    startTime: longest.startTime,
    durationMs: longest.duration,
    inputDelayMs,
    processingDurationMs,
    presentationDelayMs: Math.max(0, longest.duration - inputDelayMs - processingDurationMs),
  }
}
