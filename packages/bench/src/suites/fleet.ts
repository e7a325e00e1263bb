import {
  EnhancedPerformanceMonitor,
  mergeSummaries,
  summaryPercentile,
  SUMMARY_RELATIVE_ACCURACY,
  type PerformanceSummary,
} from '@gridkit/core'
import { createSeededRandom, type SeededRandom } from '../data/seeded-random.ts'
import { formatNumber, printTable } from '../harness/format.ts'
import type { Suite } from '../harness/suite.ts'
import { printChecks, recordCheck } from '../harness/targets.ts'

// Issue 14: sessions with different latency distributions (lognormal, a slow-device cohort,
// tables of 1k..1M rows), each summarised by a real monitor, merged, and compared with the exact
// percentiles over every sample. Sessions per run: a tenth of each --sizes value (at most 10k).

const OPERATIONS = ['sorting', 'filtering', 'pagination'] as const
const QUANTILES = [0.5, 0.95, 0.99] as const
const MERGE_ROUNDS = 5

interface Fleet {
  summaries: PerformanceSummary[]
  samples: Map<string, number[]>
  bytes: number
}

function gaussian(random: SeededRandom): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next())
}

function simulateFleet(sessions: number): Fleet {
  const random = createSeededRandom(14)
  const fleet: Fleet = { summaries: [], samples: new Map(), bytes: 0 }
  for (let session = 0; session < sessions; session++) {
    const speed = (random.next() < 0.15 ? 4 : 1) * Math.exp(gaussian(random) * 0.3)
    const rows = Math.round(10 ** (3 + random.next() * 3))
    const monitor = new EnhancedPerformanceMonitor({ budgets: { sorting: 100, filtering: 100 } })
    for (const operation of OPERATIONS) {
      const perRowMs =
        operation === 'pagination' ? 0.00005 : operation === 'sorting' ? 0.0006 : 0.0003
      const mu = Math.log(0.2 + rows * perRowMs * speed)
      const sigma = 0.15 + random.next() * 0.9
      const list = fleet.samples.get(operation) ?? []
      fleet.samples.set(operation, list)
      for (let i = random.int(5, 120); i > 0; i--) {
        const duration = Math.exp(mu + sigma * gaussian(random))
        monitor.trackOperation(operation, duration, { rowCount: rows })
        list.push(duration)
      }
    }
    const json = JSON.stringify(monitor.getSummary())
    fleet.bytes += json.length
    fleet.summaries.push(JSON.parse(json) as PerformanceSummary)
  }
  return fleet
}

function exactPercentile(sorted: Float64Array, q: number): number {
  return sorted[Math.floor(q * (sorted.length - 1))] ?? NaN
}

function medianOf(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

export const fleetSuite: Suite = {
  name: 'fleet',
  title: 'fleet percentiles from merged session summaries (issue 14)',
  run(options) {
    for (const size of options.sizes) {
      const sessions = Math.min(10_000, Math.max(100, Math.round(size / 10)))
      const fleet = simulateFleet(sessions)
      const mergeMs: number[] = []
      let merged: PerformanceSummary | undefined
      for (let round = 0; round < MERGE_ROUNDS; round++) {
        const start = performance.now()
        merged = mergeSummaries(fleet.summaries)
        mergeMs.push(performance.now() - start)
      }
      if (merged === undefined) throw new Error('no merge ran')
      let worstError = 0
      const rows: string[][] = []
      for (const operation of OPERATIONS) {
        const sorted = Float64Array.from(fleet.samples.get(operation) ?? []).sort()
        for (const q of QUANTILES) {
          const exact = exactPercentile(sorted, q)
          const estimate = summaryPercentile(merged, operation, q)
          const error = Math.abs(estimate - exact) / exact
          worstError = Math.max(worstError, error)
          rows.push([
            operation,
            `p${q * 100}`,
            formatNumber(exact),
            formatNumber(estimate),
            `${(error * 100).toFixed(3)}%`,
          ])
        }
      }
      printTable(
        `${sessions} sessions, ${sampleCount(fleet)} samples`,
        ['operation', 'q', 'exact ms', 'merged ms', 'error'],
        rows,
      )
      const bytesPerSession = fleet.bytes / sessions
      const mergeUsPerSession = (medianOf(mergeMs) * 1000) / sessions
      printChecks(`fleet, ${sessions} sessions`, [
        recordCheck({
          suite: 'fleet',
          label: `merged p50/p95/p99 worst relative error (${sessions} sessions)`,
          measured: worstError * 100,
          unit: '%',
          target: { kind: 'max', value: SUMMARY_RELATIVE_ACCURACY * 100 },
          spec: { kind: 'max', value: 2 },
        }),
        recordCheck({
          suite: 'fleet',
          label: `summary bytes per session (${OPERATIONS.length} operations)`,
          measured: bytesPerSession,
          unit: 'B',
          target: { kind: 'max', value: 2048 * OPERATIONS.length },
        }),
        recordCheck({
          suite: 'fleet',
          label: 'merge cost per session (median of 5 merges)',
          measured: mergeUsPerSession,
          unit: 'µs',
          target: { kind: 'max', value: 200 },
        }),
      ])
    }
  },
}

function sampleCount(fleet: Fleet): number {
  let total = 0
  for (const list of fleet.samples.values()) total += list.length
  return total
}
