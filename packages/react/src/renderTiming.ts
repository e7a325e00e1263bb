import type { EnhancedPerformanceMonitor, ROW_MODEL_OPERATION } from '@gridkit/core'

// The name of core's row-model operation, written here (checked against core's constant by its
// type) so that `@gridkit/react/table` does not import `@gridkit/core`'s main entry.
const ROW_MODEL: typeof ROW_MODEL_OPERATION = 'rowModelBuild'

/** The operation the hook records: a table change until React committed it (ms). */
export const TABLE_RENDER_OPERATION = 'tableRender'

/** One update of a table, from its state or data change to the commit of the component. */
export interface RenderTiming {
  /** The table's id. */
  tableId: string
  /** What started the update: the first change event of it. */
  cause: 'state' | 'data' | 'columns'
  /** Monitor clock (ms) at the change; `performance.now()` in browsers. */
  startedAt: number
  /** Monitor clock (ms) at the commit (layout effect of the component using the hook). */
  committedAt: number
  /** The whole update, recorded as `tableRender` (ms). */
  totalMs: number
  /** Table work inside the update: `rowModelBuild` samples recorded in it (ms). */
  tableWorkMs: number
  /** Row-model builds inside the update. */
  rowModelBuilds: number
  /** Everything else: React rendering and committing, and waiting for React to start (ms). */
  reactMs: number
  /** Rows the component had to render (the visible row model). */
  rowCount: number
}

interface PendingUpdate {
  cause: RenderTiming['cause']
  startedAt: number
  version: number
  buildTime: number
  builds: number
  stopListening: () => void
}

/**
 * Times table updates through to React's commit, on the monitor's clock, and records each as
 * `tableRender` with `trackOperation` (budgets, violations and alerts apply as to any other
 * operation). Exists only when the table has a monitor: disabled monitoring reads no clock.
 */
export class RenderTimer {
  private pending: PendingUpdate | undefined
  /** The last finished update, for `getRenderTiming`. */
  last: RenderTiming | undefined

  constructor(
    private readonly monitor: EnhancedPerformanceMonitor,
    private readonly tableId: string,
  ) {}

  /** A change event arrived that bumped the snapshot to `version`; the earliest pending one wins. */
  changed(cause: RenderTiming['cause'], version: number): void {
    if (this.pending !== undefined) return
    const pending: PendingUpdate = {
      cause,
      startedAt: this.monitor.now(),
      version,
      buildTime: 0,
      builds: 0,
      stopListening: () => undefined,
    }
    // Only this table's builds, and only while an update is open: a shared monitor also
    // records other tables, and between updates there is nothing to attribute.
    pending.stopListening = this.monitor.onSample((operation, durationMs, context) => {
      if (operation !== ROW_MODEL || context?.tableId !== this.tableId) return
      pending.buildTime += durationMs
      pending.builds++
    })
    this.pending = pending
  }

  /** Drops an update that will never commit (the table is being destroyed). */
  dispose(): void {
    this.pending?.stopListening()
    this.pending = undefined
  }

  /**
   * The component committed the snapshot `version`. Returns the finished timing when this
   * commit shows the pending change, else undefined. `rowCount` is read after the clock stops.
   */
  committed(version: number, rowCount: () => number): RenderTiming | undefined {
    const pending = this.pending
    if (pending === undefined || version < pending.version) return undefined
    const committedAt = this.monitor.now()
    this.pending = undefined
    pending.stopListening()
    const totalMs = Math.max(0, committedAt - pending.startedAt)
    const tableWorkMs = Math.min(totalMs, pending.buildTime)
    const rows = rowCount()
    const timing: RenderTiming = {
      tableId: this.tableId,
      cause: pending.cause,
      startedAt: pending.startedAt,
      committedAt,
      totalMs,
      tableWorkMs,
      rowModelBuilds: pending.builds,
      reactMs: totalMs - tableWorkMs,
      rowCount: rows,
    }
    this.monitor.trackOperation(TABLE_RENDER_OPERATION, totalMs, {
      tableId: this.tableId,
      rowCount: rows,
    })
    this.last = timing
    return timing
  }
}
