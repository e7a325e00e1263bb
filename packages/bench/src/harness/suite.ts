/** Options shared by every suite, from the command line. */
export interface BenchOptions {
  /** Row counts for the table suites (default 10k, 100k, 1M). */
  sizes: readonly number[]
  /** Separate processes each suite runs in (default 3); figures are medians across them. */
  processes: number
}

/** One benchmark suite: a file under src/suites. */
export interface Suite {
  /** Name used on the command line (`pnpm bench table`). */
  name: string
  /** What it measures, printed as its heading. */
  title: string
  run(options: BenchOptions): Promise<void> | void
}

/** Warm-up and timed rounds of one contender. */
export interface Rounds {
  warmup: number
  runs: number
}

/** Rounds of one table scenario: GridKit's, the floor's, and TanStack's (`slow`). */
export interface TableRounds extends Rounds {
  /** The plain-JS floor and its A/A twin. */
  floor: Rounds
  /** A contender that takes seconds per call at 100k and 1M rows (TanStack). */
  slow: Rounds
}

/**
 * Rounds per table scenario. Up to 100k rows GridKit, the floor and its A/A twin take 15
 * timed rounds (issue 13) after a warm-up long enough that no timed round recompiles: under
 * `node --trace-deopt` (GRIDKIT_BENCH_TRACE_ROUNDS=1 marks the rounds; see
 * src/trace/deopts-by-round.ts) the sort and filter code was deoptimised in warm-up rounds
 * only (docs/benchmarks.md says what was seen). TanStack takes seconds per sort at 100k-1M
 * (its natural-order sort much more), so it takes fewer rounds, alternated with the others
 * in the first ones. At 1M every contender takes fewer, so that `pnpm bench` stays near 25
 * minutes; 1M runs after 10k and 100k in the same process, its code already hot.
 */
export function runsForSize(rows: number): TableRounds {
  if (rows >= 1_000_000) {
    return { warmup: 2, runs: 9, floor: { warmup: 1, runs: 5 }, slow: { warmup: 0, runs: 2 } }
  }
  if (rows >= 100_000) {
    return { warmup: 6, runs: 15, floor: { warmup: 6, runs: 15 }, slow: { warmup: 1, runs: 5 } }
  }
  return { warmup: 12, runs: 15, floor: { warmup: 12, runs: 15 }, slow: { warmup: 12, runs: 15 } }
}

/** `100k`, `1M`: row counts as the issues write them. */
export function formatRows(rows: number): string {
  if (rows >= 1_000_000 && rows % 1_000_000 === 0) return `${rows / 1_000_000}M`
  if (rows >= 1000 && rows % 1000 === 0) return `${rows / 1000}k`
  return String(rows)
}
