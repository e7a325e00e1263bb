// The memory module: heap sampling, the heap budget check and row/column leak detection.
export { sampleHeap, measureHeapPrecise } from './heap'
export type {
  HeapRuntime,
  ProcessMemoryUsage,
  ChromiumMemoryInfo,
  UserAgentMemoryResult,
  UserAgentMemoryBreakdownEntry,
} from './heap'
export { checkHeapBudget, HEAP_BUDGET_OPERATION } from './heapBudget'
export type { HeapBudgetExcess } from './heapBudget'
export { LeakDetector, MAX_TRACKED_GENERATIONS } from './LeakDetector'
export { DEFAULT_LEAK_GRACE_PERIOD_MS, DEFAULT_LEAK_SAMPLE_SIZE } from './leakDetectorOptions'
export { HANDED_ROW_LIMIT } from './HandedRows'
export type {
  HeapSample,
  HeapSource,
  LeakDetectionMode,
  LeakKind,
  RowReleaseReason,
  ColumnReleaseReason,
  RowReleaseContext,
  ColumnReleaseContext,
  MemoryLeak,
  LeakDetectorOptions,
  LeakCounts,
} from './types'
