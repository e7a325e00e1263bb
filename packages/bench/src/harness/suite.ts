/** Options shared by every suite, from the command line. */
export interface BenchOptions {
  /** Row counts for the table suites (default 10k, 100k, 1M). */
  sizes: readonly number[]
}

/** One benchmark suite: a file under src/suites. */
export interface Suite {
  /** Name used on the command line (`pnpm bench table`). */
  name: string
  /** What it measures, printed as its heading. */
  title: string
  run(options: BenchOptions): Promise<void> | void
}

/** Runs and warm-ups per sample set: fewer for big tables so the whole bench stays short. */
export function runsForSize(rows: number): { runs: number; warmup: number } {
  // No warm-up at 1M: the same code already ran hot at 10k and 100k in this process.
  if (rows >= 1_000_000) return { runs: 3, warmup: 0 }
  if (rows >= 100_000) return { runs: 7, warmup: 1 }
  return { runs: 11, warmup: 3 }
}

/** `100k`, `1M`: row counts as the issues write them. */
export function formatRows(rows: number): string {
  if (rows >= 1_000_000 && rows % 1_000_000 === 0) return `${rows / 1_000_000}M`
  if (rows >= 1000 && rows % 1000 === 0) return `${rows / 1000}k`
  return String(rows)
}
