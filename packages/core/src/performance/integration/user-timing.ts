/** Colours Chrome's DevTools accepts for a custom track entry. */
const TRACK_COLOUR = 'primary'

/**
 * Records one tracked operation as a User Timing measure named `gridkit:<operation>`.
 * The `detail.devtools` object is Chrome's extensibility format: the entries show on
 * their own "GridKit" track in the DevTools Performance panel. Other browsers and Node
 * keep the measure and ignore the detail.
 */
export function recordUserTiming(
  operation: string,
  endMs: number,
  durationMs: number,
  tableId: string,
): void {
  performance.measure(`gridkit:${operation}`, {
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
}

/** Whether this runtime can record User Timing measures with options. */
export function userTimingAvailable(): boolean {
  return typeof performance !== 'undefined' && typeof performance.measure === 'function'
}
