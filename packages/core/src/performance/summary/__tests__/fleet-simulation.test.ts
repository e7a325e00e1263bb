import { describe, expect, it } from 'vitest'
import { randomInt, seededRandom } from '../../../__tests__/seeded-random'
import { EnhancedPerformanceMonitor } from '../../monitor/EnhancedPerformanceMonitor'
import { SUMMARY_RELATIVE_ACCURACY } from '../logBuckets'
import { mergeSummaries } from '../mergeSummaries'
import { rowCountBucket, type RowCountBucket } from '../rowCountBucket'
import { summaryPercentile } from '../summaryPercentile'
import type { PerformanceSummary } from '../types'

// Issue 14's proof at fleet scale: many sessions with different latency distributions, each
// summarised by a real monitor from real trackOperation calls, merged, and compared with the
// exact percentiles over every sample of the fleet.

const SESSIONS = 1_200
const OPERATIONS = ['sorting', 'filtering', 'pagination'] as const
const QUANTILES = [0.5, 0.95, 0.99]
const BOUND = SUMMARY_RELATIVE_ACCURACY * (1 + 1e-9)

interface Fleet {
  summaries: PerformanceSummary[]
  samples: Map<string, number[]>
  bytes: number[]
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
}

/** One session: a device speed, a table size (1k..1M rows, log-uniform), lognormal durations. */
function simulateSession(random: () => number, fleet: Fleet): void {
  const slowDevice = random() < 0.15 // a cohort of old phones: about 4x slower
  const speed = (slowDevice ? 4 : 1) * Math.exp(gaussian(random) * 0.3)
  const rows = Math.round(10 ** (3 + random() * 3))
  const monitor = new EnhancedPerformanceMonitor({ budgets: { sorting: 100, filtering: 100 } })
  for (const operation of OPERATIONS) {
    const perRowMs =
      operation === 'pagination' ? 0.000_05 : operation === 'sorting' ? 0.000_6 : 0.000_3
    const mu = Math.log(0.2 + rows * perRowMs * speed)
    const sigma = 0.15 + random() * 0.9
    const count = randomInt(random, 5, 120)
    for (let i = 0; i < count; i++) {
      const duration = Math.exp(mu + sigma * gaussian(random))
      monitor.trackOperation(operation, duration, { rowCount: rows, tableId: 'orders' })
      for (const key of [operation, `${operation}|${rowCountBucket(rows)}`]) {
        const list = fleet.samples.get(key) ?? []
        list.push(duration)
        fleet.samples.set(key, list)
      }
    }
  }
  // What an endpoint receives: the beacon's JSON.
  const json = JSON.stringify(monitor.getSummary())
  fleet.bytes.push(json.length)
  fleet.summaries.push(JSON.parse(json) as PerformanceSummary)
}

function exactPercentile(samples: number[], q: number): number {
  const sorted = Float64Array.from(samples).sort()
  return sorted[Math.floor(q * (sorted.length - 1))] ?? NaN
}

describe('fleet simulation: merged session summaries against exact percentiles', () => {
  const random = seededRandom(14)
  const fleet: Fleet = { summaries: [], samples: new Map(), bytes: [] }
  for (let session = 0; session < SESSIONS; session++) simulateSession(random, fleet)
  const merged = mergeSummaries(fleet.summaries)

  it(`${SESSIONS} sessions merge into one summary that counts every sample`, () => {
    expect(merged.sessions).toBe(SESSIONS)
    for (const operation of OPERATIONS) {
      expect(merged.operations[operation]?.count).toBe(fleet.samples.get(operation)?.length)
    }
  })

  for (const operation of OPERATIONS) {
    it(`${operation}: p50/p95/p99 over all sessions within ${SUMMARY_RELATIVE_ACCURACY * 100}%`, () => {
      const samples = fleet.samples.get(operation) ?? []
      for (const q of QUANTILES) {
        const exact = exactPercentile(samples, q)
        const error = Math.abs(summaryPercentile(merged, operation, q) - exact) / exact
        expect(error).toBeLessThanOrEqual(BOUND)
      }
    })
  }

  it('per row-count bucket (1k..1M rows): p50/p95/p99 within the same accuracy', () => {
    const buckets: RowCountBucket[] = ['1k-10k', '10k-100k', '100k-1M']
    let checked = 0
    for (const operation of OPERATIONS) {
      for (const bucket of buckets) {
        const samples = fleet.samples.get(`${operation}|${bucket}`) ?? []
        expect(samples.length).toBeGreaterThan(1_000)
        for (const q of QUANTILES) {
          const exact = exactPercentile(samples, q)
          const estimate = summaryPercentile(merged, operation, q, { rows: bucket })
          expect(Math.abs(estimate - exact) / exact).toBeLessThanOrEqual(BOUND)
          checked++
        }
      }
    }
    expect(checked).toBe(27)
  })

  it('the slow cohort shows: p99 of sorting is well above p50', () => {
    expect(summaryPercentile(merged, 'sorting', 0.99)).toBeGreaterThan(
      4 * summaryPercentile(merged, 'sorting', 0.5),
    )
  })

  it('a session summary stays small: under 2 KB per operation', () => {
    const perOperation = fleet.bytes.map((bytes) => bytes / OPERATIONS.length)
    const mean = perOperation.reduce((a, b) => a + b, 0) / perOperation.length
    expect(Math.max(...perOperation)).toBeLessThan(2_048)
    expect(JSON.stringify(merged).length / OPERATIONS.length).toBeLessThan(16_384)
    console.info(
      `fleet: ${SESSIONS} sessions; summary bytes per operation mean ${mean.toFixed(0)}, ` +
        `max ${Math.max(...perOperation).toFixed(0)}; merged ${JSON.stringify(merged).length} bytes`,
    )
  })
})
