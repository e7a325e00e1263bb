import type { MetricsOf, TableFeatures, TableInstance, TableOptions } from '@gridkit/core'
import { isServer } from './isDevelopment'
import { OptionSync } from './OptionSync'
import { RenderScopedHandlers } from './renderScopedHandlers'
import { RENDERS_WITHOUT_COMMIT, RenderStormDetector } from './renderStorm'
import { RenderTimer, type RenderTiming } from './renderTiming'
import { serverTableOptions } from './serverOptions'
import type { TableEntry } from './tableEntry'
import { createTableViewFactory, type TableViewFactory } from './tableView'

type Cause = RenderTiming['cause']

type SourceMap = WeakMap<object, TableSource<unknown, TableFeatures>>

const SOURCES = Symbol.for('gridkit.react.sourceOfView')

/**
 * The source behind each view the hooks return, for `getRenderTiming` and tests. One map per
 * realm: in CommonJS each entry of the adapter carries its own copy of this module, and the
 * helpers of one must find the views of the other's hook.
 */
function sourceOfView(): SourceMap {
  const scope = globalThis as { [SOURCES]?: SourceMap }
  return (scope[SOURCES] ??= new WeakMap())
}

/** The source of a view returned by `useGridEnhancedTable` or `useGridTable`, or undefined. */
export function findTableSource(view: object): TableSource<unknown, TableFeatures> | undefined {
  return sourceOfView().get(view)
}

/**
 * One table owned by one component: an external store for `useSyncExternalStore` whose
 * snapshot is an immutable per-version view, plus option syncing, render timing and storm
 * detection. Creating it has no effect outside itself (StrictMode and concurrent renders may
 * create and drop one); its listeners live on its own table's bus.
 */
export class TableSource<TData, TFeatures extends TableFeatures> {
  readonly table: TableInstance<TData, MetricsOf<TFeatures>>
  readonly storms: RenderStormDetector
  readonly timer: RenderTimer | undefined
  /** Called with each finished update's timing. */
  onRenderTiming: ((timing: RenderTiming) => void) | undefined
  private readonly views: TableViewFactory<TableInstance<TData, MetricsOf<TFeatures>>>
  private readonly versions = new WeakMap<object, number>()
  private readonly listeners = new Set<() => void>()
  private readonly sync: OptionSync<TData, TFeatures>
  private readonly handlers: RenderScopedHandlers
  private version = 0
  private view: TableInstance<TData, MetricsOf<TFeatures>>
  private renderPhase = false
  private renderPhaseChanges = 0
  private renderPhaseStreak = 0
  private rendersSinceCommit = 0
  private notifyAtCommit = false
  private retained = 0

  /**
   * `entry` is the hook's: `@gridkit/core`'s `createTable` for `useGridEnhancedTable`, the one
   * of `@gridkit/core/table` (no monitor in the bundle) for `useGridTable`.
   */
  constructor(options: TableOptions<TData, TFeatures>, entry: TableEntry) {
    const server = isServer()
    this.table = entry.createTable(server ? serverTableOptions(options) : options)
    const monitor = this.table.metrics
    this.storms = new RenderStormDetector(this.table.id, monitor)
    this.timer =
      monitor === undefined || server ? undefined : new RenderTimer(monitor, this.table.id)
    this.sync = new OptionSync(this.table, options, this.storms, entry.performanceChanged)
    this.handlers = new RenderScopedHandlers(this.table as TableInstance<unknown>)
    this.views = createTableViewFactory(
      this.table,
      (view) => {
        this.versions.set(view, this.version)
        sourceOfView().set(view, this as unknown as TableSource<unknown, TableFeatures>)
      },
      { on: this.on, off: this.off },
    )
    this.view = this.views.create()
    this.table.on('state:change', () => this.changed('state'))
    this.table.on('data:change', () => this.changed('data'))
    this.table.on('columns:change', () => this.changed('columns'))
  }

  /** `useSyncExternalStore`'s subscribe: React's callback, called after each table change. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** `useSyncExternalStore`'s getSnapshot (and getServerSnapshot): the current view, cached. */
  readonly getSnapshot = (): TableInstance<TData, MetricsOf<TFeatures>> => this.view

  /**
   * The view's `on`: while the component renders, handlers are scoped to the render (see
   * `RenderScopedHandlers`); anywhere else (effects, events) it is the table's `on`.
   */
  readonly on: TableInstance<TData>['on'] = (type, handler) => {
    if (this.renderPhase && !this.table.getIsDestroyed()) return this.handlers.add(type, handler)
    return this.table.on(type, handler)
  }

  /** The view's `off`: also removes handlers that `on` registered during render. */
  readonly off: TableInstance<TData>['off'] = (type, handler) => {
    if (!this.handlers.off(type, handler)) this.table.off(type, handler)
  }

  /** The snapshot version of a view. */
  versionOf(view: object): number {
    return this.versions.get(view) ?? -1
  }

  /** Whether the table is gone (unmounted, or destroyed by the app). */
  isDestroyed(): boolean {
    return this.table.getIsDestroyed()
  }

  /**
   * Start of a render of the component: applies changed options before the snapshot is read
   * (so the render shows them, with no second render) and opens the render phase.
   */
  beginRender(options: TableOptions<TData, TFeatures>): void {
    this.rendersSinceCommit++
    if (this.rendersSinceCommit === RENDERS_WITHOUT_COMMIT) {
      this.storms.report('setStateDuringRender', 0)
    }
    this.sync.apply(options)
    this.handlers.beginRender()
    if (this.renderPhase || isServer()) return
    this.renderPhase = true
    // A render runs in one task: whatever the app changes later (events, effects) is not
    // render-phase. The commit closes it earlier when it comes first.
    queueMicrotask(() => {
      this.renderPhase = false
    })
  }

  /**
   * The commit of the component's render started (its insertion effect, before every layout
   * effect and ref of the commit): the render phase is over, and the handlers `on` collected
   * during the render take effect, so events from children's layout effects reach them.
   */
  renderEnded(): void {
    this.renderPhase = false
    this.handlers.commit()
  }

  /** The component committed `view` (its layout effect): render timing, storm bookkeeping. */
  committed(view: object): void {
    this.renderPhase = false
    this.rendersSinceCommit = 0
    this.renderPhaseStreak = this.renderPhaseChanges > 0 ? this.renderPhaseStreak + 1 : 0
    this.renderPhaseChanges = 0
    const timing = this.timer?.committed(this.versionOf(view), () => this.rowCount())
    if (timing !== undefined) this.onRenderTiming?.(timing)
    if (this.notifyAtCommit) {
      this.notifyAtCommit = false
      this.notify()
    }
  }

  /** The component mounted; returns its release. The last release destroys the table. */
  retain(): () => void {
    this.retained++
    let released = false
    return () => {
      if (released) return
      released = true
      this.retained--
      // StrictMode unmounts and remounts in one synchronous pass: wait a microtask so that the
      // remount keeps this table instead of destroying it and building another.
      queueMicrotask(() => {
        if (this.retained === 0) this.destroy()
      })
    }
  }

  private destroy(): void {
    this.listeners.clear()
    this.timer?.dispose()
    this.table.destroy()
  }

  private changed(cause: Cause): void {
    if (this.sync.applying) {
      // An option applied during render: the render reads the new snapshot right after.
      this.bump(cause)
      return
    }
    if (this.renderPhase) {
      this.renderPhaseChanges++
      this.storms.report('tableChangeDuringRender', 0)
      // The second render in a row that changes the table would loop: the change is kept but
      // not announced, so React stops re-rendering for it.
      if (this.renderPhaseStreak > 0) return
      this.bump(cause)
      this.notifyAtCommit = true
      return
    }
    this.bump(cause)
    this.notify()
  }

  private bump(cause: Cause): void {
    this.version++
    this.view = this.views.create()
    this.timer?.changed(cause, this.version)
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener()
  }

  private rowCount(): number {
    return this.table.getIsDestroyed() ? 0 : this.table.getRowModel().count
  }
}
