import type { EnhancedPerformanceMonitor, MemoryMetrics } from '@gridkit/core'
import { useEffect, useState } from 'react'

/** How often the heap is read, ms. */
const HEAP_INTERVAL_MS = 2000

/** Heap in use and leak counts, read every two seconds; leaks checked on demand. */
export function MemoryCard({ monitor }: { monitor: EnhancedPerformanceMonitor | undefined }) {
  const [memory, setMemory] = useState<MemoryMetrics | undefined>(undefined)
  useEffect(() => {
    if (monitor === undefined) return
    const read = (): void => setMemory(monitor.trackMemoryUsage())
    read()
    const timer = setInterval(read, HEAP_INTERVAL_MS)
    return () => clearInterval(timer)
  }, [monitor])
  if (monitor === undefined || memory === undefined) return null
  return (
    <div className="memory" data-testid="memory">
      <span>
        Heap {memory.heapUsed.toFixed(1)} MB of {memory.heapTotal.toFixed(1)} MB ({memory.source})
      </span>
      <span>
        Leaked rows {memory.leakedRows}, columns {memory.leakedColumns}
      </span>
      <button
        onClick={() => {
          monitor.detectMemoryLeaks()
          setMemory(monitor.getMemoryMetrics())
        }}
      >
        Check for leaks
      </button>
    </div>
  )
}
