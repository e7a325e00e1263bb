import { beforeAll, describe, expect, it } from 'vitest'
import { seededRandom } from '../../../__tests__/seeded-random'
import { LeakDetector } from '../LeakDetector'
import { collectGarbage } from './collectGarbage'

// Issue 10 §6: the sampled estimate's real error, measured against the truth with real
// collections. Each trial releases 100k fresh rows, as a table does on setData: the app read
// one page of 10 rows (handed to it, so tracked exactly) and keeps that page plus k other rows
// chosen at random. docs/performance/memory.md quotes the figures this test checks.

const ROWS = 100_000
const PAGE_SIZE = 10
const TRIALS = 100
const BATCH = 20

interface Trial {
  detector: LeakDetector
  truth: number
}

/** Releases one generation; returns the detector and the rows the app keeps (only those). */
function releaseTrial(random: () => number, k: number): { trial: Trial; kept: object[] } {
  const rows = Array.from({ length: ROWS }, () => ({}))
  const pageStart = Math.floor(random() * (ROWS / PAGE_SIZE)) * PAGE_SIZE
  const page = rows.slice(pageStart, pageStart + PAGE_SIZE)
  const kept = new Set<object>(page)
  while (kept.size < PAGE_SIZE + k) kept.add(rows[Math.floor(random() * ROWS)]!)
  const detector = new LeakDetector({ mode: 'sampled', gracePeriodMs: 0 })
  detector.registerRows(rows, { reason: 'data', handed: [page] })
  return { trial: { detector, truth: kept.size }, kept: [...kept] }
}

/** The error of every trial for k random rows kept beside the page, in rows. */
async function measure(seed: number, k: number): Promise<number[]> {
  const random = seededRandom(seed)
  const errors: number[] = []
  for (let done = 0; done < TRIALS; done += BATCH) {
    const trials: Trial[] = []
    let kept: object[][] = []
    for (let i = 0; i < BATCH; i++) {
      const released = releaseTrial(random, k)
      trials.push(released.trial)
      kept.push(released.kept)
    }
    await collectGarbage()
    for (const { detector, truth } of trials) {
      const reported = detector.getLeakCounts().rows
      errors.push(Math.abs(reported - truth))
    }
    expect(kept.every((rows, i) => rows.length === trials[i]!.truth)).toBe(true)
    kept = []
  }
  return errors
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
}

beforeAll(() => {
  expect(globalThis.gc, 'vitest must run with execArgv --expose-gc').toBeTypeOf('function')
})

// Measured on 3 December 2026 (Node 20, V8): errors in rows at p50 / p95 / max of 100 trials
// each. The trials are seeded, so a run repeats them; a worse estimator fails here.
const MEASURED: Readonly<Record<number, { p50: number; p95: number; max: number }>> = {
  0: { p50: 0, p95: 0, max: 0 },
  10: { p50: 10, p95: 10, max: 381 },
  100: { p50: 100, p95: 291, max: 1072 },
  1000: { p50: 562, p95: 1344, max: 2515 },
  10_000: { p50: 1407, p95: 3751, max: 5233 },
  50_000: { p50: 1958, p95: 6254, max: 8598 },
}

describe('sampled leak counts against the truth (100k rows, 256 sampled, a held page of 10)', () => {
  it.each(Object.keys(MEASURED).map(Number))(
    'k = %i random rows kept beside the page: the error is within the documented figures',
    async (k) => {
      const errors = (await measure(20_261_203 + k, k)).sort((a, b) => a - b)
      const stats = { p50: quantile(errors, 0.5), p95: quantile(errors, 0.95), max: errors.at(-1) }
      const documented = MEASURED[k]!
      expect(stats.p50).toBeLessThanOrEqual(documented.p50)
      expect(stats.p95).toBeLessThanOrEqual(documented.p95)
      expect(stats.max).toBeLessThanOrEqual(documented.max)
    },
    120_000,
  )
})
