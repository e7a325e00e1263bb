import type { EnhancedPerformanceMonitor } from '@gridkit/core'
import { useEffect, useState } from 'react'

/** Samples kept per operation for the chart. */
export const CHART_SAMPLES = 60

/** The last {@link CHART_SAMPLES} durations of each operation (ms), refreshed every `intervalMs`. */
export function useRecentSamples(
  monitor: EnhancedPerformanceMonitor | undefined,
  intervalMs = 500,
): ReadonlyMap<string, readonly number[]> {
  const [samples, setSamples] = useState<ReadonlyMap<string, readonly number[]>>(new Map())
  useEffect(() => {
    if (monitor === undefined) return
    // Collected outside React state and shown on a timer: a sample never causes a render.
    const live = new Map<string, number[]>()
    let changed = false
    const stop = monitor.onSample((operation, durationMs) => {
      let list = live.get(operation)
      if (list === undefined) live.set(operation, (list = []))
      list.push(durationMs)
      if (list.length > CHART_SAMPLES) list.shift()
      changed = true
    })
    const timer = setInterval(() => {
      if (!changed) return
      changed = false
      setSamples(new Map([...live].map(([name, list]) => [name, [...list]])))
    }, intervalMs)
    return () => {
      stop()
      clearInterval(timer)
    }
  }, [monitor, intervalMs])
  return samples
}
