import { EnhancedPerformanceMonitor } from '@gridkit/core'
import { createSeededRandom } from '../data/seeded-random.ts'
import { measureOne } from '../harness/measure-one.ts'
import { retainedBytes } from '../harness/retained-heap.ts'
import type { Suite } from '../harness/suite.ts'
import { printChecks, recordCheck, type TargetCheck } from '../harness/targets.ts'

const WINDOW = 1024
const RUNS = { runs: 21, warmup: 5 }
// Sub-microsecond calls: short batches and many of them, so a preemption by another process
// (2 shared cores) spoils a few samples rather than shifting every one.
const FAST_RUNS = { runs: 51, warmup: 9, callsPerRun: 1000 }

/** Seeded durations in ms, all under the 50 ms `sorting` budget unless `over` is set. */
function durations(count: number, over = false): Float64Array {
  const random = createSeededRandom(7)
  const values = new Float64Array(count)
  for (let i = 0; i < count; i++) values[i] = over ? 60 + random.next() * 40 : random.next() * 40
  return values
}

const SAMPLES = durations(4096)

/** A monitor with `operations` operations of `samplesEach` samples each (budgets as the table sets). */
function filledMonitor(operations: number, samplesEach: number): EnhancedPerformanceMonitor {
  const monitor = new EnhancedPerformanceMonitor({ budgets: { sorting: 50, filtering: 100 } })
  for (let op = 0; op < operations; op++) {
    const name = op === 0 ? 'sorting' : `operation-${op}`
    for (let i = 0; i < samplesEach; i++) monitor.trackOperation(name, SAMPLES[i & 4095] ?? 0)
  }
  return monitor
}

async function timeTracking(): Promise<TargetCheck[]> {
  const monitor = filledMonitor(5, WINDOW)
  let i = 0
  const track = await measureOne(
    'trackOperation',
    () => {
      for (let call = 0; call < 1000; call++)
        monitor.trackOperation('sorting', SAMPLES[i++ & 4095] ?? 0)
    },
    FAST_RUNS,
  )
  let violations = 0
  const check = await measureOne(
    'checkBudget',
    () => {
      for (let call = 0; call < 1000; call++) {
        if (monitor.checkBudget('sorting', SAMPLES[i++ & 4095] ?? 0) !== null) violations++
      }
    },
    FAST_RUNS,
  )
  if (violations !== 0) throw new Error('checkBudget reported violations for samples under budget')
  const stats = await measureOne(
    'getOperationStats',
    () => {
      for (let call = 0; call < 100; call++) {
        // A new sample first, so the cached percentiles are stale and really recomputed.
        monitor.trackOperation('sorting', SAMPLES[i++ & 4095] ?? 0)
        monitor.getOperationStats('sorting')
      }
    },
    { ...RUNS, callsPerRun: 100 },
  )
  return [
    recordCheck({
      suite: 'monitor',
      label: 'trackOperation (median of 1,000-call batches)',
      measured: track.medianMs * 1000,
      unit: 'µs',
      target: { kind: 'max', value: 1 },
      spec: { kind: 'max', value: 100 },
    }),
    recordCheck({
      suite: 'monitor',
      label: 'checkBudget, within budget (1,000-call batches)',
      measured: check.medianMs * 1000,
      unit: 'µs',
      target: { kind: 'max', value: 0.1 },
      spec: { kind: 'max', value: 50 },
    }),
    recordCheck({
      suite: 'monitor',
      label: 'getOperationStats, full 1024 window, after a new sample',
      measured: stats.medianMs * 1000,
      unit: 'µs',
      target: { kind: 'max', value: 20 },
    }),
  ]
}

async function timeReport(
  label: string,
  operations: number,
  samplesEach: number,
  targetMs: number,
): Promise<TargetCheck> {
  const monitor = filledMonitor(operations, samplesEach)
  const names = monitor.getAllStats().map((stats) => stats.operation)
  let i = 0
  const result = await measureOne('generateReport', () => monitor.generateReport(), {
    ...RUNS,
    // One new sample per operation: every cached percentile is stale, as after real use.
    prepare: () => {
      for (const name of names) monitor.trackOperation(name, SAMPLES[i++ & 4095] ?? 0)
    },
  })
  return recordCheck({
    suite: 'monitor',
    label,
    measured: result.medianMs,
    unit: 'ms',
    target: { kind: 'max', value: targetMs },
    spec: { kind: 'max', value: 50 },
  })
}

async function measureMemory(): Promise<TargetCheck[]> {
  const operations = 100
  const perOperation =
    (await retainedBytes(() => filledMonitor(operations, WINDOW), 3)) / operations
  // 50 monitors at once: a single 16 KB object graph is within the heap reading's noise.
  const copies = 50
  const oneThousand =
    (await retainedBytes(() => Array.from({ length: copies }, () => filledMonitor(1, 1000)), 3)) /
    copies
  return [
    recordCheck({
      suite: 'monitor',
      label: 'retained per operation, full default window (100 ops x 1024)',
      measured: perOperation / 1024,
      unit: 'KB',
      target: { kind: 'max', value: 20 },
      spec: { kind: 'max', value: 100 },
    }),
    recordCheck({
      suite: 'monitor',
      label: 'retained by a monitor holding 1,000 samples',
      measured: oneThousand / 1024,
      unit: 'KB',
      target: { kind: 'max', value: 20 },
      spec: { kind: 'max', value: 100 },
    }),
  ]
}

/** Issue 3 "Speed and memory": the metrics engine against our targets and the spec's limits. */
export const monitorSuite: Suite = {
  name: 'monitor',
  title: 'EnhancedPerformanceMonitor: tracking, budgets, stats, reports, memory (issue 3)',
  async run() {
    const checks = [
      ...(await timeTracking()),
      await timeReport('generateReport, 1,000 samples (10 ops x 100)', 10, 100, 1),
      await timeReport('generateReport, 100 ops x 1024 samples', 100, WINDOW, 5),
      ...(await measureMemory()),
    ]
    printChecks(
      'monitor targets (issue 3); spec limits from ENT-PERF-001 "Performance Requirements"',
      checks,
    )
  },
}
