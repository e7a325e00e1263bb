/** Colours Chrome's DevTools accepts for a custom track entry. */
const TRACK_COLOUR = 'primary'

/**
 * Records one tracked operation as a User Timing measure named `gridkit:<operation>`.
 * The `detail.devtools` object is Chrome's extensibility format: the entries show on
 * their own "GridKit" track in the DevTools Performance panel. Other browsers and Node
 * ignore the detail.
 *
 * The measure is cleared from the performance timeline as soon as it is made, so a page
 * that lives for days keeps no entries (issue 10 §2: 5,000 sorts left 15,001). The trace
 * event DevTools draws is emitted when the measure is made, and `PerformanceObserver`s of
 * type `measure` still receive it.
 */
export function recordUserTiming(
  operation: string,
  endMs: number,
  durationMs: number,
  tableId: string,
): void {
  const name = `gridkit:${operation}`
  performance.measure(name, {
    start: Math.max(0, endMs - durationMs),
    end: endMs,
    detail: {
      devtools: {
        dataType: 'track-entry',
        track: 'GridKit',
        color: TRACK_COLOUR,
        tooltipText: `${operation} ${durationMs.toFixed(2)} ms`,
        properties: [
          ['table', tableId],
          ['operation', operation],
        ],
      },
    },
  })
  performance.clearMeasures(name)
}

/** Whether this runtime can record User Timing measures with options. */
export function userTimingAvailable(): boolean {
  return (
    typeof performance !== 'undefined' &&
    typeof performance.measure === 'function' &&
    typeof performance.clearMeasures === 'function'
  )
}
