import type { InteractionAttribution } from '../interactions/types'
import type { HeapSource } from '../memory/types'

/**
 * The performance subsystem's public data types (ENT-PERF-001 §1).
 *
 * Units: every duration is in milliseconds; every memory figure is in megabytes.
 */

/** How bad a budget violation is. */
export type Severity = 'warning' | 'error' | 'critical'

/** Whether a user waits on the operation (`userVisible`) or not (`background`). */
export type Impact = 'userVisible' | 'background'

/**
 * Statistics of one operation.
 *
 * `count`, `totalTime`, `avgTime`, `minTime`, `maxTime` cover every sample since the
 * operation was first seen (or since `clear()`); `p50`/`p95`/`p99` cover only the most
 * recent samples (the ring-buffer window), as a Prometheus summary does.
 */
export interface OperationMetrics {
  /** The operation's name. */
  operation: string
  /** Samples recorded, all-time. */
  count: number
  /** Mean duration in ms, all-time. */
  avgTime: number
  /** Shortest duration in ms, all-time. */
  minTime: number
  /** Longest duration in ms, all-time. */
  maxTime: number
  /** Sum of durations in ms, all-time. */
  totalTime: number
  /** Median duration in ms over the window. */
  p50: number
  /** 95th percentile in ms over the window. */
  p95: number
  /** 99th percentile in ms over the window. */
  p99: number
  /** Epoch ms of the last sample. */
  lastExecuted: number
  /** Calls measured with `measure`/`measureAsync` that threw or rejected. */
  errorCount: number
  /** Samples the percentiles are computed over (at most the window size). */
  windowCount: number
}

/** Heap figures in MB and leak counts (ENT-PERF-001 §1, step 6). */
export interface MemoryMetrics {
  /** Heap in use, MB. */
  heapUsed: number
  /** Heap reserved, MB. */
  heapTotal: number
  /** Memory of objects outside the JS heap, MB (0 where the runtime does not say). */
  external: number
  /** Memory of ArrayBuffers, MB (0 where the runtime does not say). */
  arrayBuffers: number
  /** Rows of replaced data or destroyed tables still reachable (estimate in sampled mode). */
  leakedRows: number
  /** Columns of replaced column sets or destroyed tables still reachable. */
  leakedColumns: number
  /** Where the heap figures came from (`'unavailable'` with zeros where nothing can be measured). */
  source: HeapSource
}

/** A time limit for one operation. */
export interface PerformanceBudget {
  /** The operation's name, as passed to `trackOperation`. */
  operation: string
  /** The limit in ms; a sample above it is a violation. */
  budgetMs: number
  /** A disabled budget is kept but never checked. */
  enabled: boolean
  /** The severity of a violation of this budget. */
  severity: Severity
  /** Who waits on the operation; by default `background` for the spec's background operations, else `userVisible`. */
  impact?: Impact
}

/** One sample over its budget. Holds figures only, never row data or cell values. */
export interface BudgetViolation {
  /** The operation's name. */
  operation: string
  /** The sample's duration in ms. */
  actual: number
  /** The budget in ms. */
  budget: number
  /** The budget's severity. */
  severity: Severity
  /** Epoch ms when the sample was recorded. */
  timestamp: number
  /** Whether a user waited on it. */
  impact: Impact
  /** The table that produced it, when it came from a table. */
  tableId?: string
  /** Rows the operation worked on, when known. */
  rowCount?: number
  /** For `interaction` violations: its phases, the table work inside it and the LoAF scripts. */
  attribution?: InteractionAttribution
  /** Violations of the same operation and severity suppressed (by cooldown or rate limit) since the last one delivered. */
  suppressedCount?: number
}
