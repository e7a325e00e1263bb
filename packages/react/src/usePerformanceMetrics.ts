import type { OperationMetrics, TableInstance } from '@gridkit/core'
import { useEffect, useRef, useState } from 'react'

/** Options of {@link usePerformanceMetrics}. */
export interface PerformanceMetricsOptions {
  /** How often the stats are read, in ms (default 500); the component re-renders at most this often. */
  intervalMs?: number
}

type Monitor = NonNullable<TableInstance<unknown>['metrics']>

function readStats(monitor: Monitor | undefined, operations: readonly string[] | undefined) {
  if (monitor === undefined) return []
  if (operations === undefined) return monitor.getAllStats()
  return operations.flatMap((name) => monitor.getOperationStats(name) ?? [])
}

// Two readings are the same when every operation has the same sample count and last time.
function sameStats(a: readonly OperationMetrics[], b: readonly OperationMetrics[]): boolean {
  return (
    a.length === b.length &&
    a.every((stats, index) => {
      const other = b[index]
      return (
        other?.operation === stats.operation &&
        other.count === stats.count &&
        other.lastExecuted === stats.lastExecuted
      )
    })
  )
}

/**
 * Stats of the table's monitor for a live panel: all operations, or those named, read every
 * `intervalMs` and re-rendered only when they changed, never on every sample. Empty (and no
 * timer) when the table has no monitor.
 */
export function usePerformanceMetrics(
  table: Pick<TableInstance<unknown>, 'metrics'>,
  operations?: readonly string[],
  { intervalMs = 500 }: PerformanceMetricsOptions = {},
): readonly OperationMetrics[] {
  const monitor = table.metrics
  const key = operations?.join('\u0000')
  const [stats, setStats] = useState(() => readStats(monitor, operations))
  // What is on screen, compared outside setState so that an unchanged reading renders nothing.
  const shown = useRef(stats)
  useEffect(() => {
    if (monitor === undefined) return
    const names = key?.split('\u0000')
    const refresh = (): void => {
      const next = readStats(monitor, names)
      if (sameStats(shown.current, next)) return
      shown.current = next
      setStats(next)
    }
    refresh()
    const timer = setInterval(refresh, intervalMs)
    return () => {
      clearInterval(timer)
    }
  }, [monitor, key, intervalMs])
  return stats
}
