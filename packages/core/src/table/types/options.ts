import type { PerformanceFeatureInput } from '../../performance/integration/options'
import type { EnhancedPerformanceMonitor } from '../../performance/monitor/EnhancedPerformanceMonitor'
import type { ColumnDef } from './column-def'
import type { TableState } from './state'

/**
 * Optional features, keyed by name. Only `performance` is known; its options type is
 * narrowed by the performance module.
 */
export interface TableFeatures {
  /** Performance monitoring: `true`, or options (see docs/performance/configuration.md). */
  performance?: PerformanceFeatureInput
}

/** `enabled` of a performance options type (`true` when it has none). */
type EnabledOf<P> = 'enabled' extends keyof P ? P['enabled' & keyof P] : true

/** `table.metrics` for one `features.performance` type (distributes over `boolean`). */
type MonitorFor<P> = P extends boolean | undefined
  ? P extends true
    ? EnhancedPerformanceMonitor
    : undefined
  : [Exclude<EnabledOf<P>, undefined>] extends [true]
    ? EnhancedPerformanceMonitor
    : [EnabledOf<P>] extends [false]
      ? undefined
      : EnhancedPerformanceMonitor | undefined

/**
 * The type of `table.metrics` for the given features: the monitor only when `performance`
 * is `true` or options whose `enabled` is literally `true` or absent; `undefined` when it is
 * absent, `false` or `enabled: false`; possibly `undefined` when only known as a `boolean`.
 */
export type MetricsOf<TFeatures> = TFeatures extends { performance: infer P }
  ? MonitorFor<P>
  : undefined

/** Options of {@link createTable}. */
export interface TableOptions<TData, TFeatures extends TableFeatures = TableFeatures> {
  /** The rows, as an array of your objects. */
  data: readonly TData[]
  /** Column definitions; at least one, ids unique. */
  columns: readonly ColumnDef<TData>[]
  /** Row id from the original row and its data index; numbers become strings. Defaults to `String(index)`. */
  getRowId?: (original: TData, index: number) => string | number
  /** Starting state; missing slices take their defaults. */
  initialState?: Partial<TableState>
  /** Called after every state change, before events are emitted. */
  onStateChange?: (state: TableState, previousState: TableState) => void
  /** Receives errors thrown by event handlers and `onStateChange` (default `console.error`). */
  onError?: (error: unknown) => void
  /** Optional features. */
  features?: TFeatures
  /**
   * `true` (default): the page index follows the rows; a filter change returns to page 0 and
   * an index past the last page (after data, columns, page size or filters change) becomes
   * the last page. `false`: the index is kept exactly as set, for apps that restore it.
   */
  autoResetPageIndex?: boolean
  /**
   * BCP 47 locale (`'sv'`, `'en-US'`) for locale-aware text sorting. Without it text sorts by
   * UTF-16 code units, the same on every runtime whatever its default locale.
   */
  locale?: string
  /** Table id carried as `tableId` on every event; defaults to `table-1`, `table-2`, ... */
  id?: string
}
