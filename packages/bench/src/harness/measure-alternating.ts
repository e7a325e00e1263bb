import { getHeapStatistics } from 'node:v8'
import { setImmediate as nextMacrotask } from 'node:timers/promises'
import { collectGarbage } from './collect-garbage.ts'
import { median } from './median.ts'

/** One contender in a timed comparison. */
export interface Trial {
  /** Column name in the printed table. */
  name: string
  /** Untimed work before every timed run (reset state, build the previous stage). */
  prepare?: () => void
  /** The timed work. */
  run: () => void
  /**
   * Timed rounds this trial takes part in, when fewer than the others (a contender that takes
   * seconds per call at 1M rows); it still alternates with them in those rounds.
   */
  maxRuns?: number
  /** Warm-up rounds this trial takes part in (the last ones), when fewer than the others. */
  maxWarmup?: number
}

/** How many runs to take and how to group calls into one sample. */
export interface MeasureOptions {
  /** Timed rounds kept for the median. */
  runs: number
  /** Rounds run first and discarded (JIT warm-up, caches). */
  warmup: number
  /**
   * Calls `run` makes itself, for operations too short for the clock; the sample is divided
   * by it. The loop lives in the caller's own function so that its call site stays
   * monomorphic: a shared loop here would see every suite's closures, turn megamorphic and
   * charge each call a dispatch the app's code would not pay.
   */
  callsPerRun?: number
  /**
   * A full gc() before every sample, not only once garbage piled up: for steps whose cost
   * depends on whether the previous step's objects are already old (released rows in an app
   * have usually lived long before `setData` replaces them).
   */
  gcEverySample?: boolean
}

/** Median and spread of one trial, in ms per call. */
export interface TrialResult {
  name: string
  medianMs: number
  minMs: number
  maxMs: number
  samples: number
  /** Median of the minor page faults (fresh memory pages touched) per sample. */
  medianFaults: number
}

/** Set to print a marker before every round, to line `node --trace-deopt` output up with them. */
export const TRACE_ROUNDS_ENV = 'GRIDKIT_BENCH_TRACE_ROUNDS'
const traceRounds = process.env[TRACE_ROUNDS_ENV] !== undefined

function minorFaults(): number {
  return process.resourceUsage().minorPageFault
}

// Garbage allowed to pile up before a sample without a full collection first: 32 MB, or 15%
// of the live heap when that is more. Small enough that V8 does not start a major GC inside
// a timed run because of an earlier trial's garbage; large enough that small steps do not
// pay a full mark of 1 GB of live tables before every sample.
const MIN_GARBAGE_ALLOWANCE_BYTES = 32 * 1024 * 1024
let heapAfterLastGc = 0

const spentMs = { prepare: 0, gc: 0, run: 0 }

/** Wall time the harness spent preparing, collecting and running, for the progress lines. */
export function harnessSpentMs(): Readonly<typeof spentMs> {
  return spentMs
}

function fullCollection(): void {
  const start = performance.now()
  collectGarbage()
  heapAfterLastGc = getHeapStatistics().used_heap_size
  spentMs.gc += performance.now() - start
}

/** Collects everything now; each suite starts here so the previous one's tables are gone. */
export function startFromCleanHeap(): void {
  fullCollection()
}

function collectIfGrown(): void {
  const used = getHeapStatistics().used_heap_size
  // Smaller than after our last gc: V8 collected on its own; that is the new baseline.
  if (used < heapAfterLastGc) heapAfterLastGc = used
  const allowance = Math.max(MIN_GARBAGE_ALLOWANCE_BYTES, heapAfterLastGc * 0.15)
  if (used - heapAfterLastGc >= allowance) fullCollection()
}

/**
 * Times every trial in the same process, round by round, rotating which trial goes first so
 * that neither JIT warm-up nor a noisy neighbour favours one of them. Before each sample it
 * yields a macrotask, as between user interactions (libraries that defer work to microtasks,
 * like TanStack 8's page resets, finish it and release what it held), then runs a full gc()
 * if more than 32 MB (or 15% of the live heap) of garbage piled up, so one trial's garbage is not collected on
 * another's clock.
 */
export async function measureAlternating(
  trials: readonly Trial[],
  options: MeasureOptions,
): Promise<TrialResult[]> {
  const callsPerRun = options.callsPerRun ?? 1
  const samples = trials.map(() => [] as number[])
  const faults = trials.map(() => [] as number[])
  const rounds = options.warmup + options.runs
  for (let round = 0; round < rounds; round++) {
    const timed = round >= options.warmup
    if (traceRounds) {
      console.log(`[bench round ${timed ? 'timed' : 'warm-up'} ${String(round - options.warmup)}]`)
    }
    for (let k = 0; k < trials.length; k++) {
      const index = (round + k) % trials.length
      const trial = trials[index]
      if (trial === undefined) continue
      const taken = samples[index] ?? []
      if (timed && trial.maxRuns !== undefined && taken.length >= trial.maxRuns) continue
      if (!timed && round < options.warmup - (trial.maxWarmup ?? options.warmup)) continue
      const prepareStart = performance.now()
      trial.prepare?.()
      await nextMacrotask()
      spentMs.prepare += performance.now() - prepareStart
      if (options.gcEverySample === true) fullCollection()
      else collectIfGrown()
      const faultsBefore = minorFaults()
      const start = performance.now()
      trial.run()
      const elapsed = performance.now() - start
      const faulted = minorFaults() - faultsBefore
      spentMs.run += elapsed
      if (timed) {
        taken.push(elapsed / callsPerRun)
        faults[index]?.push(faulted / callsPerRun)
      }
    }
  }
  return trials.map((trial, index) => {
    const taken = samples[index] ?? []
    return {
      name: trial.name,
      medianMs: median(taken),
      minMs: Math.min(...taken),
      maxMs: Math.max(...taken),
      samples: taken.length,
      medianFaults: median(faults[index] ?? []),
    }
  })
}
