import type {
  TableEventHandler,
  TableEventMap,
  TableEventType,
  Unsubscribe,
} from '../../events/types'
import type { RowModelStage, TableObserver } from '../../table/instance/observer'
import type { EnhancedPerformanceMonitor } from '../monitor/EnhancedPerformanceMonitor'
import type { BudgetViolation } from '../types/metrics'
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
  /** Runs the eager row-model build after a state change (default `queueMicrotask`). */
  schedule?: (task: () => void) => void
}

/** The tracked operation of each row-model stage (names of `PERFORMANCE_BUDGETS.INTERACTIVE`). */
export const STAGE_OPERATIONS: Readonly<Record<RowModelStage, string>> = {
  core: 'coreRowModel',
  filtered: 'filtering',
  sorted: 'sorting',
  paginated: 'pagination',
  selected: 'selection',
}

/** Operation recorded for a `getRowModel()` call that rebuilt at least one stage. */
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
 * Connects one table to an {@link EnhancedPerformanceMonitor} (ENT-PERF-001 §5).
 *
 * The table's row-model memo reports each real rebuild through its observer seam; memo hits
 * report nothing. Because row models are lazy, a state change would otherwise be measured
 * only when the app next reads the model; so after a change the integration asks for the
 * row model once in a microtask. An app that renders synchronously has already built it
 * (the microtask is then a memo hit); one that renders later finds it built. Either way the
 * work is done once and its real cost is what is recorded. Violations reach the table's bus
 * in a microtask too, after the build that caused them has finished.
 */
export class TablePerformanceIntegration {
  private readonly tracked = new Set<string>()
  private readonly unsubscribes: Unsubscribe[] = []
  private readonly userTiming: boolean
  private readonly ownsMonitor: boolean
  private readonly onError: (error: unknown) => void
  private readonly schedule: (task: () => void) => void
  private buildScheduled = false
  private active = false
  private pendingViolations: BudgetViolation[] = []

  constructor(
    private readonly table: PerformanceTable,
    private readonly monitor: EnhancedPerformanceMonitor,
    options: TablePerformanceIntegrationOptions = {},
  ) {
    this.userTiming = options.userTiming === true && userTimingAvailable()
    this.ownsMonitor = options.ownsMonitor ?? false
    this.onError = options.onError ?? ((error) => console.error(error))
    this.schedule = options.schedule ?? queueMicrotask
  }

  /** Tracks `rowModelBuild`: `getRowModel()` calls that rebuilt at least one stage. */
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
    if (!this.table.getIsDestroyed()) this.table.setObserver(undefined)
    this.tracked.clear()
  }

  private createObserver(): TableObserver {
    const monitor = this.monitor
    return {
      now: () => monitor.now(),
      onStageBuild: (stage, durationMs, _rowCount, inputRowCount) => {
        this.record(STAGE_OPERATIONS[stage], durationMs, inputRowCount)
      },
      onRowModelBuild: (durationMs, rowCount) => {
        this.record(ROW_MODEL_OPERATION, durationMs, rowCount)
      },
      onSelectionChange: (durationMs, selectedCount) => {
        this.record(STAGE_OPERATIONS.selected, durationMs, selectedCount)
      },
      onRowsReleased: (rows, reason) => {
        monitor.releaseRows(rows, { reason, tableId: this.table.id })
      },
      onColumnsReleased: (columns, reason) => {
        monitor.releaseColumns(columns, { reason, tableId: this.table.id })
      },
    }
  }

  private record(operation: string, durationMs: number, rowCount: number): void {
    if (!this.tracked.has(operation)) return
    this.monitor.trackOperation(operation, durationMs, { tableId: this.table.id, rowCount })
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
      this.scheduleBuild()
    }
    for (const type of STALE_EVENTS) this.unsubscribes.push(this.table.on(type, rebuild))
    this.unsubscribes.push(
      this.monitor.on('budgetViolation', (violation) => {
        this.handleBudgetViolation(violation)
      }),
    )
  }

  private scheduleBuild(): void {
    if (this.buildScheduled) return
    this.buildScheduled = true
    this.schedule(() => {
      this.buildScheduled = false
      if (!this.active || this.table.getIsDestroyed()) return
      try {
        this.table.getRowModel()
      } catch (error) {
        this.onError(error)
      }
    })
  }

  // Violations arrive synchronously from inside a row-model build. They are emitted on the
  // table bus in a microtask instead: a handler that reads the rows (or changes state) must
  // never re-enter a build in progress, and its time must not count in the operation's.
  private handleBudgetViolation(violation: BudgetViolation): void {
    const ours =
      violation.tableId === this.table.id || (violation.tableId === undefined && this.ownsMonitor)
    if (!ours) return
    this.pendingViolations.push(violation)
    if (this.pendingViolations.length === 1) this.schedule(() => this.emitViolations())
  }

  private emitViolations(): void {
    const violations = this.pendingViolations
    this.pendingViolations = []
    if (!this.active || this.table.getIsDestroyed()) return
    for (const violation of violations) this.table.emit('performance:budgetViolation', violation)
  }
}
