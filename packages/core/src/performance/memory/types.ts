/**
 * Types of the memory module (ENT-PERF-001 step 6, issue 6). Figures are in MB
 * (MiB: bytes / 1024²); ages are in ms of the detector's clock.
 */

/** Where heap figures came from; `unavailable` means every figure is 0. */
export type HeapSource =
  'process.memoryUsage' | 'performance.memory' | 'measureUserAgentSpecificMemory' | 'unavailable'

/** One reading of the heap, in MB. The fields match `MemoryMetrics`. */
export interface HeapSample {
  /** JS heap in use, MB. */
  heapUsed: number
  /** JS heap reserved, MB (see docs/performance/memory.md for what each source reports). */
  heapTotal: number
  /** Memory outside the JS heap, MB (0 where the runtime does not say). */
  external: number
  /** Memory of ArrayBuffers, MB (0 where the runtime does not say). */
  arrayBuffers: number
  /** The runtime API the figures came from. */
  source: HeapSource
}

/** How leaks are tracked: not at all, from a sample of each generation's rows, or every row. */
export type LeakDetectionMode = 'off' | 'sampled' | 'full'

/** Whether the leaked objects are rows or columns. */
export type LeakKind = 'row' | 'column'

/** Why rows were released: their data was replaced, or their table was destroyed. */
export type RowReleaseReason = 'data' | 'columns' | 'destroy'

/** Why columns were released: the column set was replaced, or their table was destroyed. */
export type ColumnReleaseReason = 'columns' | 'destroy'

/** Facts about one release of rows, given by the table. */
export interface RowReleaseContext {
  /** Why the rows were released. */
  reason: RowReleaseReason
  /** The table that released them, when it has an id. */
  tableId?: string
  /**
   * Row arrays the table handed to the app since these rows were built (rows of the models it
   * read, at most `HANDED_ROW_LIMIT` rows): in sampled mode their rows are tracked one by one.
   */
  handed?: readonly (readonly object[])[]
  /**
   * What the released rows came from (the table's core build): rows are made on first read,
   * so the released array holds only those made so far, while the build can make the rest
   * and holds all of the data. Reachable after a collection (a row model the app kept holds
   * it), it counts as `holder.count` rows held, exactly.
   */
  holder?: { readonly count: number }
}

/** Facts about one release of columns, given by the table. */
export interface ColumnReleaseContext {
  /** Why the columns were released. */
  reason: ColumnReleaseReason
  /** The table that released them, when it has an id. */
  tableId?: string
}

/**
 * Released rows or columns of one generation still reachable after a garbage collection.
 * Holds counts and names only, never row data.
 */
export interface MemoryLeak {
  /** Rows or columns. */
  kind: LeakKind
  /** How many are still reachable (an estimate when `estimated` is true). */
  count: number
  /** True when part of `count` is extrapolated from a sample (sampled mode). */
  estimated: boolean
  /**
   * How many of `count` were counted one by one: every one when `estimated` is false; in
   * sampled mode, the rows handed to the app (rows of the models it read) still reachable.
   */
  exactCount: number
  /** The release this came from: 1 for the first rows (or columns) released, then 2, ... */
  generation: number
  /** Why they were released. */
  reason: RowReleaseReason | ColumnReleaseReason
  /** The table that released them, when known. */
  tableId?: string
  /** Time since the release, ms. */
  ageMs: number
  /** Where the app code holding them usually is. */
  hint: string
}

/** Options of a {@link LeakDetector}. */
export interface LeakDetectorOptions {
  /** `off` tracks nothing; `sampled` (for production) a sample per generation; `full` every row. */
  mode: LeakDetectionMode
  /** Time after a release before its survivors count as leaks, ms (default 5000). */
  gracePeriodMs?: number
  /** Rows sampled per generation in `sampled` mode (default 256). */
  sampleSize?: number
  /** Monotonic clock in ms (default `performance.now`). */
  now?: () => number
}

/** Leaked rows and columns found by one detection, summed over generations. */
export interface LeakCounts {
  /** Leaked rows (an estimate in sampled mode). */
  rows: number
  /** Leaked columns. */
  columns: number
}
