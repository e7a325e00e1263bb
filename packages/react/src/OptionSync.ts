import type {
  ColumnDef,
  MetricsOf,
  TableFeatures,
  TableInstance,
  TableOptions,
} from '@gridkit/core'
import { SAME_CONTENT_STREAK, type RenderStormDetector } from './renderStorm'
import { sameConfig, sameItems } from './sameContents'

/**
 * Applies the options of each render to the table: a new `data` array calls `setData`, new
 * `columns` call `setColumns`, a changed `features.performance` throws. Same-content new
 * arrays on render after render are counted as a storm.
 */
export class OptionSync<TData, TFeatures extends TableFeatures> {
  /** True while an option is being applied (its change events are the render's own). */
  applying = false
  private data: readonly TData[]
  private columns: readonly ColumnDef<TData>[]
  private readonly performance: unknown
  private dataStreak = 0
  private columnsStreak = 0

  constructor(
    private readonly table: TableInstance<TData, MetricsOf<TFeatures>>,
    options: TableOptions<TData, TFeatures>,
    private readonly storms: RenderStormDetector,
    private readonly performanceChanged: (tableId: string) => Error,
  ) {
    this.data = options.data
    this.columns = options.columns
    this.performance = options.features?.performance
  }

  /** Applies `options` if they differ from the last applied ones. */
  apply(options: TableOptions<TData, TFeatures>): void {
    if (this.table.getIsDestroyed()) return
    if (!sameConfig(options.features?.performance, this.performance)) {
      throw this.performanceChanged(this.table.id)
    }
    if (options.data !== this.data) this.applyData(options.data)
    if (options.columns !== this.columns) this.applyColumns(options.columns)
  }

  // Same rows in a new array still call setData: rows may have been mutated in place, and
  // showing them is worth more than the saved rebuild. The storm is reported so it gets fixed.
  private applyData(data: readonly TData[]): void {
    const same = sameItems(data, this.data)
    const started = this.now()
    this.data = data
    this.run(() => this.table.setData(data))
    this.dataStreak = same ? this.dataStreak + 1 : 0
    if (this.dataStreak >= SAME_CONTENT_STREAK) this.storms.report('data', this.now() - started)
  }

  // Definitions equal by content are the same columns: nothing is rebuilt for them.
  private applyColumns(columns: readonly ColumnDef<TData>[]): void {
    const same = sameConfig(columns, this.columns)
    this.columns = columns
    this.columnsStreak = same ? this.columnsStreak + 1 : 0
    if (!same) this.run(() => this.table.setColumns(columns))
    else if (this.columnsStreak >= SAME_CONTENT_STREAK) this.storms.report('columns', 0)
  }

  private run(change: () => void): void {
    this.applying = true
    try {
      change()
    } finally {
      this.applying = false
    }
  }

  private now(): number {
    return this.table.metrics?.now() ?? 0
  }
}
