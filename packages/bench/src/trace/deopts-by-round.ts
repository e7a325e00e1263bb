// `node --import tsx src/trace/deopts-by-round.ts trace.txt`: reads the stdout of a bench run
// made with `node --trace-deopt` and GRIDKIT_BENCH_TRACE_ROUNDS=1, and says in which rounds of
// each timed comparison V8 deoptimised which functions: a deopt in a timed round means the
// warm-up is too short (issue 13 "Warm-up").
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Deopts seen in one comparison (one `measureAlternating` call), by round. */
export interface ComparisonDeopts {
  /** 1-based index of the comparison in the run. */
  comparison: number
  /** Function names deoptimised during timed rounds, with the round they were seen in. */
  timed: { round: number; fn: string }[]
  /** The last warm-up round (negative, counted back from the first timed round) with a deopt. */
  lastWarmupRound: number | undefined
}

const MARKER = /^\[bench round (warm-up|timed) (-?\d+)\]$/
const DEOPT =
  /^\[bailout \(kind: deopt-[a-z]+, reason: [^)]*\): begin\. deoptimizing \S+ <JSFunction ([^ >]*)/

/** Groups the deopt lines of a trace by comparison and round. */
export function deoptsByRound(trace: string): ComparisonDeopts[] {
  const comparisons: ComparisonDeopts[] = []
  let current: ComparisonDeopts | undefined
  let phase: 'warm-up' | 'timed' = 'warm-up'
  let round = 0
  for (const line of trace.split('\n')) {
    const marker = MARKER.exec(line)
    if (marker !== null) {
      const nextPhase = marker[1] === 'timed' ? 'timed' : 'warm-up'
      const nextRound = Number(marker[2])
      // A round that does not follow the previous one starts a new comparison.
      const continues =
        current !== undefined &&
        (nextRound === round + 1 ||
          (phase === 'warm-up' && nextPhase === 'timed' && nextRound === 0))
      if (!continues) {
        current = { comparison: comparisons.length + 1, timed: [], lastWarmupRound: undefined }
        comparisons.push(current)
      }
      phase = nextPhase
      round = nextRound
      continue
    }
    const deopt = DEOPT.exec(line)
    if (deopt === null || current === undefined) continue
    const fn = deopt[1] === '' || deopt[1] === undefined ? '(anonymous)' : deopt[1]
    if (phase === 'timed') current.timed.push({ round, fn })
    else current.lastWarmupRound = round
  }
  return comparisons
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = process.argv[2]
  if (path === undefined) throw new Error('usage: deopts-by-round.ts <trace.txt>')
  const comparisons = deoptsByRound(readFileSync(path, 'utf8'))
  for (const entry of comparisons) {
    const timed = entry.timed.map((deopt) => `${deopt.fn}@${String(deopt.round)}`).join(', ')
    console.log(
      `comparison ${String(entry.comparison)}: last warm-up round with a deopt ` +
        `${entry.lastWarmupRound === undefined ? 'none' : String(entry.lastWarmupRound)}; ` +
        `deopts in timed rounds: ${timed === '' ? 'none' : timed}`,
    )
  }
}
