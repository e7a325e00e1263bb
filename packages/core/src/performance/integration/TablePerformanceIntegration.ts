import type {
  TableEventHandler,
  TableEventMap,
  TableEventType,
  Unsubscribe,
} from '../../events/types'
import type { RowModelStage, TableObserver } from '../../table/instance/observer'
import type { EnhancedPerformanceMonitor } from '../monitor/EnhancedPerformanceMonitor'
import type { BudgetViolation } from '../types/metrics'
import {
  isPageHidden,
  scheduleMicrotask,
  scheduleWhenIdle,
  type CancellableScheduler,
  type TaskScheduler,
} from './idle'
import { HandedRows } from '../memory/HandedRows'
import { recordUserTiming, userTimingAvailable } from './user-timing'

/** What the integration needs of a table (structural, so the table can import us). */
export interface PerformanceTable {
  /** The table id, put on every sample and violation. */
  readonly id: string
  /** Attaches or detaches the monitoring seam. */
  setObserver(observer: TableObserver | undefined): void
  /** Emits an event on the table's bus. */
  emit<K extends TableEventType>(type: K, payload: TableEventMap[K]): void
  /** Subscribes to the table's bus. */
  on<K extends TableEventType>(type: K, handler: TableEventHandler<K>): Unsubscribe
  /** Builds (or reuses) the visible row model. */
  getRowModel(): unknown
  /** Whether the table was destroyed. */
  getIsDestroyed(): boolean
}

/** Options of {@link TablePerformanceIntegration}. */
export interface TablePerformanceIntegrationOptions {
  /** Also record each operation with `performance.measure` (default false). */
  userTiming?: boolean
  /** The table owns the monitor: violations without a table id are the table's too. */
  ownsMonitor?: boolean
  /** Receives errors of the eager row-model build (default: `console.error`). */
  onError?: (error: unknown) => void
  /** Runs the eager row-model build after a state change (default: when the thread is idle). */
  scheduleBuild?: CancellableScheduler
  /** Runs budget listeners after the measured work (default: a microtask). */
  scheduleNotify?: TaskScheduler
  /** Whether the page is hidden, when no eager build runs (default: `document.visibilityState`). */
  isHidden?: () => boolean
}

/** The tracked operation of each row-model stage (names of `PERFORMANCE_BUDGETS.INTERACTIVE`). */
export const STAGE_OPERATIONS: Readonly<Record<RowModelStage, string>> = {
  core: 'coreRowModel',
  filtered: 'filtering',
  sorted: 'sorting',
  paginated: 'pagination',
  selected: 'selection',
}

/** Operation recorded for one update: every stage rebuilt from a state change to the page being ready. */
export const ROW_MODEL_OPERATION = 'rowModelBuild'

/** Events after which the visible row model is stale and is rebuilt eagerly. */
const STALE_EVENTS = [
  'sorting:change',
  'filtering:change',
  'pagination:change',
  'data:change',
  'columns:change',
] as const satisfies readonly TableEventType[]

/**
 * Connects one table to an {@link EnhancedPerformanceMonitor} (ENT-PERF-001 §5, issue 10).
 *
 * The table's row-model memo reports each real rebuild through its observer seam; memo hits
 * report nothing. `rowModelBuild` is the sum of the stage rebuilds since the last state change,
 * recorded when the page is ready, however the app reached it (`getRowModel()`, or a pager's
 * `getCanNextPage()` first). Budget listeners run in a microtask, after the measured work.
 *
 * Row models are lazy, so a table nobody reads would never be measured. After a change the
 * integration builds the page once when the thread is idle, and only while the app has read
 * the rows since the last such build: a table nobody reads pays one build, then none, and
 * none at all while the page is hidden or the monitor is disabled (monitoring must not
 * create work, issue 10 §3).
 */
export class TablePerformanceIntegration {
  private readonly tracked = new Set<string>()
  private readonly unsubscribes: Unsubscribe[] = []
  private readonly userTiming: boolean
  private readonly ownsMonitor: boolean
  private readonly onError: (error: unknown) => void
  private readonly scheduleBuild: CancellableScheduler
  private readonly scheduleNotify: TaskScheduler
  private readonly isHidden: () => boolean
  private cancelBuild: (() => void) | undefined = undefined
  private active = false
  private pendingViolations: BudgetViolation[] = []
  private pendingNotifications: BudgetViolation[] = []
  // Eager builds are armed while the app reads the rows; one that did real work disarms them.
  private armed = true
  private inEagerBuild = false
  private stageBuilds = 0
  private updateMs = 0
  // Rows the getters handed to the app since the last release; only for sampled leak detection.
  private handed: HandedRows | undefined = undefined

  constructor(
    private readonly table: PerformanceTable,
    private readonly monitor: EnhancedPerformanceMonitor,
    options: TablePerformanceIntegrationOptions = {},
  ) {
    this.userTiming = options.userTiming === true && userTimingAvailable()
    this.ownsMonitor = options.ownsMonitor ?? false
    this.onError = options.onError ?? ((error) => console.error(error))
    this.scheduleBuild = options.scheduleBuild ?? scheduleWhenIdle
    this.scheduleNotify = options.scheduleNotify ?? scheduleMicrotask
    this.isHidden = options.isHidden ?? isPageHidden
  }

  /** Tracks `rowModelBuild`: the cost of one update, from the state change to the page being ready. */
  trackRowModelBuild(): void {
    this.tracked.add(ROW_MODEL_OPERATION)
  }

  /** Tracks `sorting`: rebuilds of the sorted stage. */
  trackSorting(): void {
    this.tracked.add(STAGE_OPERATIONS.sorted)
  }

  /** Tracks `filtering`: rebuilds of the filtered stage. */
  trackFiltering(): void {
    this.tracked.add(STAGE_OPERATIONS.filtered)
  }

  /** Tracks `pagination`: rebuilds of the page. */
  trackPagination(): void {
    this.tracked.add(STAGE_OPERATIONS.paginated)
  }

  /** Tracks `selection`: selection changes and rebuilds of the selected-row model. */
  trackSelection(): void {
    this.tracked.add(STAGE_OPERATIONS.selected)
  }

  /** Tracks `coreRowModel`: rebuilds of the core model (after `setData`). */
  trackCoreRowModel(): void {
    this.tracked.add(STAGE_OPERATIONS.core)
  }

  /** Whether an operation is being tracked. */
  isTracking(operation: string): boolean {
    return this.tracked.has(operation)
  }

  /** Attaches to the table: tracks every operation, re-emits violations, builds eagerly. */
  initialize(): void {
    if (this.active) return
    this.active = true
    this.trackRowModelBuild()
    this.trackSorting()
    this.trackFiltering()
    this.trackPagination()
    this.trackSelection()
    this.trackCoreRowModel()
    this.table.setObserver(this.createObserver())
    this.setupEventListeners()
  }

  /** Detaches from the table; leaves no listener, observer or scheduled work behind. */
  destroy(): void {
    if (!this.active) return
    this.active = false
    for (const unsubscribe of this.unsubscribes.splice(0)) unsubscribe()
    this.pendingViolations = []
    this.pendingNotifications = []
    this.cancelBuild?.()
    this.cancelBuild = undefined
    this.handed?.clear()
    if (!this.table.getIsDestroyed()) this.table.setObserver(undefined)
    this.tracked.clear()
  }

  private createObserver(): TableObserver {
    const monitor = this.monitor
    const observer: TableObserver = {
      now: () => monitor.now(),
      onStageBuild: (stage, durationMs, rowCount, inputRowCount) => {
        this.onStageBuild(stage, durationMs, rowCount, inputRowCount)
      },
      onSelectionChange: (durationMs, selectedCount) => {
        this.record(STAGE_OPERATIONS.selected, durationMs, selectedCount)
      },
      onRowsReleased: (rows, reason, build) => {
        const handed = this.handed?.take()
        // Disabled records nothing (columns neither), as it notes no handed rows.
        if (!monitor.isEnabled()) return
        const context = { reason, tableId: this.table.id, holder: build }
        monitor.releaseRows(rows, handed === undefined ? context : { ...context, handed })
      },
      onColumnsReleased: (columns, reason) => {
        if (!monitor.isEnabled()) return
        monitor.releaseColumns(columns, { reason, tableId: this.table.id })
      },
    }
    // Issue 10 §6: the rows handed to the app are tracked exactly. Only sampled detection needs
    // them, so otherwise the getters are given nothing to call.
    if (monitor.tracksHandedRows()) {
      const handed = new HandedRows()
      this.handed = handed
      observer.onRowsHanded = (rows) => {
        // The eager build reads the rows for the monitor, not for the app.
        if (this.inEagerBuild || !monitor.isEnabled()) return
        handed.record(rows)
      }
    }
    return observer
  }

  private onStageBuild(
    stage: RowModelStage,
    durationMs: number,
    rowCount: number,
    inputRowCount: number,
  ): void {
    this.stageBuilds += 1
    if (!this.inEagerBuild) this.armed = true
    this.record(STAGE_OPERATIONS[stage], durationMs, inputRowCount)
    if (stage === 'selected') return
    this.updateMs += durationMs
    if (stage !== 'paginated') return
    const updateMs = this.updateMs
    this.updateMs = 0
    this.record(ROW_MODEL_OPERATION, updateMs, rowCount)
  }

  private record(operation: string, durationMs: number, rowCount: number): void {
    if (!this.tracked.has(operation)) return
    const context = { tableId: this.table.id, rowCount }
    const violation = this.monitor.trackOperationDeferred(operation, durationMs, context)
    if (violation !== null) {
      this.pendingNotifications.push(violation)
      if (this.pendingNotifications.length === 1) {
        this.scheduleNotify(() => {
          this.notify()
        })
      }
    }
    if (this.userTiming) {
      try {
        recordUserTiming(operation, this.monitor.now(), durationMs, this.table.id)
      } catch (error) {
        this.onError(error)
      }
    }
  }

  private setupEventListeners(): void {
    const rebuild = (): void => {
      this.updateMs = 0
      this.requestEagerBuild()
    }
    for (const type of STALE_EVENTS) this.unsubscribes.push(this.table.on(type, rebuild))
    this.unsubscribes.push(
      this.monitor.on('budgetViolation', (violation) => {
        this.handleBudgetViolation(violation)
      }),
    )
  }

  private requestEagerBuild(): void {
    if (this.cancelBuild !== undefined || !this.armed || !this.monitor.isEnabled()) return
    this.cancelBuild = this.scheduleBuild(() => {
      this.cancelBuild = undefined
      if (!this.active || this.table.getIsDestroyed()) return
      if (!this.monitor.isEnabled() || this.isHidden()) return
      this.inEagerBuild = true
      const before = this.stageBuilds
      try {
        this.table.getRowModel()
      } catch (error) {
        this.onError(error)
      } finally {
        this.inEagerBuild = false
      }
      if (this.stageBuilds !== before) this.armed = false
    })
  }

  private notify(): void {
    const violations = this.pendingNotifications
    this.pendingNotifications = []
    for (const violation of violations) this.monitor.notifyViolation(violation)
  }

  // Violations of the app's own operations arrive synchronously. They are emitted on the
  // table bus in a microtask: a handler that reads the rows (or changes state) must never
  // re-enter a build in progress, and its time must not count in the operation's.
  private handleBudgetViolation(violation: BudgetViolation): void {
    const ours =
      violation.tableId === this.table.id || (violation.tableId === undefined && this.ownsMonitor)
    if (!ours) return
    this.pendingViolations.push(violation)
    if (this.pendingViolations.length === 1) {
      this.scheduleNotify(() => {
        this.emitViolations()
      })
    }
  }

  private emitViolations(): void {
    const violations = this.pendingViolations
    this.pendingViolations = []
    if (!this.active || this.table.getIsDestroyed()) return
    for (const violation of violations) this.table.emit('performance:budgetViolation', violation)
  }
}
