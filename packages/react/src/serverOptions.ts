import type { TableFeatures, TableOptions } from '@gridkit/core'

/**
 * The options a table gets on the server. A server render must start no timer, observer or
 * request: alert delivery (timers, network), heap sampling and User Timing (a process-wide
 * timeline that would grow with every request) are left out; stats are still recorded, so
 * `table.metrics` has the same type and API there as in the browser.
 */
export function serverTableOptions<TData, TFeatures extends TableFeatures>(
  options: TableOptions<TData, TFeatures>,
): TableOptions<TData, TFeatures> {
  const performance = options.features?.performance
  if (typeof performance !== 'object' || performance.monitor !== undefined) return options
  const features = {
    ...options.features,
    performance: { ...performance, alerts: undefined, memory: undefined, userTiming: false },
  } as TFeatures
  return { ...options, features }
}
