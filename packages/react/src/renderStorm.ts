import type { EnhancedPerformanceMonitor } from '@gridkit/core'
import { isDevelopment } from './isDevelopment'

/** The operation a detected re-render storm is recorded as (duration: the wasted work, ms). */
export const RENDER_STORM_OPERATION = 'renderStorm'

/** What caused a storm. */
export type RenderStormCause =
  'data' | 'columns' | 'tableChangeDuringRender' | 'setStateDuringRender'

/** Consecutive renders with a same-content new `data`/`columns` before it counts as a storm. */
export const SAME_CONTENT_STREAK = 3

/** Renders of one component without a commit before it counts as state set during render (StrictMode renders twice). */
export const RENDERS_WITHOUT_COMMIT = 8

const ADVICE: Readonly<Record<RenderStormCause, string>> = {
  data: 'a new `data` array with the same rows is passed on every render; keep it in state or wrap it in useMemo so its identity changes only when the rows do',
  columns:
    'a new `columns` array with the same definitions is passed on every render; define it outside the component or wrap it in useMemo',
  tableChangeDuringRender:
    'the table state is changed while rendering (a table setter called in the component body); call setters from event handlers or effects',
  setStateDuringRender:
    'the component re-renders without committing (state set during render); move the update to an event handler or effect, or memoize what it depends on',
}

/**
 * Counts re-render storms of one table: each is recorded in the monitor as `renderStorm`
 * (when there is one) and warned about once per cause, in development builds only.
 */
export class RenderStormDetector {
  private readonly warned = new Set<RenderStormCause>()
  /** Storms seen, by cause (also without a monitor). */
  readonly counts: Record<RenderStormCause, number> = {
    data: 0,
    columns: 0,
    tableChangeDuringRender: 0,
    setStateDuringRender: 0,
  }

  constructor(
    private readonly tableId: string,
    private readonly monitor: EnhancedPerformanceMonitor | undefined,
  ) {}

  /** Records one storm render; `wastedMs` is the work it cost (0 when not measured). */
  report(cause: RenderStormCause, wastedMs: number): void {
    this.counts[cause]++
    this.monitor?.trackOperation(RENDER_STORM_OPERATION, wastedMs, { tableId: this.tableId })
    if (this.warned.has(cause) || !isDevelopment()) return
    this.warned.add(cause)
    console.warn(`GridKit (table "${this.tableId}"): re-render storm: ${ADVICE[cause]}.`)
  }
}
