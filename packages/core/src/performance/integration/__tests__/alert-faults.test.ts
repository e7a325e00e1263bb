// Broken alert destinations behind real tables: every delivery fails in its own way, and the
// table must not notice. Real timers and real local HTTP receivers on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTable } from '../create-monitored-table'
import { type Receiver, startReceiver } from '../../alerts/__tests__/receiver'
import type { AlertDestinationInput } from '../../alerts/custom'
import type { AlertDeliveryStats, AlertErrorContext } from '../../alerts/types'
import type { BudgetViolation } from '../../types/metrics'
import { columns, generateData, type Item } from './fixture'

const PAGE_SIZE = 10

let status500: Receiver
let dropped: Receiver

beforeAll(async () => {
  status500 = await startReceiver(() => ({ status: 500 }))
  dropped = await startReceiver(() => 'destroy')
})

afterAll(async () => {
  await status500.close()
  await dropped.close()
})

/** A custom destination that POSTs the violation and rejects on a non-2xx answer. */
function httpDestination(id: string, origin: string) {
  return {
    id,
    async send(violation: BudgetViolation): Promise<void> {
      const response = await fetch(`${origin}/alerts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(violation),
      })
      if (!response.ok) throw new Error(`receiver answered ${response.status}`)
    },
  }
}

/** Values of the visible page: group 'b' only, sorted by value descending. */
function expectedValues(data: readonly Item[], pageIndex: number): number[] {
  return data
    .filter((item) => item.group === 'b')
    .map((item) => item.value)
    .sort((a, b) => b - a)
    .slice(pageIndex * PAGE_SIZE, (pageIndex + 1) * PAGE_SIZE)
}

interface FaultRun {
  /** Violations the recording destination got (every failing one got the same). */
  sent: number
  stats: Map<string, AlertDeliveryStats>
  errors: { error: unknown; context: AlertErrorContext }[]
  unhandled: unknown[]
}

/**
 * Drives a real table through sorting, filtering, paging, selection and new data with
 * `failing` destinations beside a recording one, checking the rows after each step.
 */
async function runTable(failing: AlertDestinationInput[], timeoutMs: number): Promise<FaultRun> {
  const unhandled: unknown[] = []
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(reason)
  }
  process.on('unhandledRejection', onUnhandled)
  const errors: FaultRun['errors'] = []
  const delivered: BudgetViolation[] = []
  const first = generateData(120)
  const table = createTable({
    data: first,
    columns,
    getRowId: (item) => String(item.id),
    initialState: { pagination: { pageIndex: 0, pageSize: PAGE_SIZE } },
    features: {
      performance: {
        budgets: { rowModelBuild: 1e-9, sorting: 1e-9 },
        alerts: {
          destinations: [
            ...failing,
            { id: 'recorder', send: (violation) => void delivered.push(violation) },
          ],
          timeoutMs,
          cooldownMs: 0,
          rateLimit: false,
          onError: (error, context) => {
            errors.push({ error, context })
          },
        },
      },
    },
  })
  try {
    expect(table.getRowModel().rows.map((row) => row.id)).toEqual(
      Array.from({ length: PAGE_SIZE }, (_, i) => String(i)),
    )

    table.setSorting([{ id: 'value', desc: true }])
    table.setColumnFilter('group', 'b')
    expect(table.getRowModel().rows.map((row) => row.original.value)).toEqual(
      expectedValues(first, 0),
    )

    table.setPageIndex(1)
    const page = table.getRowModel().rows
    expect(page.map((row) => row.original.value)).toEqual(expectedValues(first, 1))
    expect(page.every((row) => row.original.group === 'b')).toBe(true)

    table.toggleAllRowsSelected(true)
    expect(table.getIsAllRowsSelected()).toBe(true)
    expect(table.getRowModel().rows.every((row) => row.getIsSelected())).toBe(true)

    const second = generateData(60)
    table.setData(second)
    const { pageIndex } = table.getState().pagination
    expect(table.getRowModel().rows.map((row) => row.original.value)).toEqual(
      expectedValues(second, pageIndex),
    )

    expect(await table.metrics.flushAlerts(20_000)).toBe(true)
    // Unhandled rejections are reported after the microtask queue drains.
    await new Promise((resolve) => setImmediate(resolve))
    const report = table.metrics.generateReport().alertDelivery ?? []
    return {
      sent: delivered.length,
      stats: new Map(report.map((s) => [s.id, s])),
      errors,
      unhandled,
    }
  } finally {
    table.destroy()
    process.off('unhandledRejection', onUnhandled)
  }
}

/** Every failing destination failed once per sent violation and told onError each time. */
function expectEveryFailureCounted(run: FaultRun, ids: readonly string[], hung: string[] = []) {
  expect(run.sent).toBeGreaterThan(0)
  expect(run.stats.get('recorder')).toMatchObject({ delivered: run.sent, failed: 0 })
  for (const id of ids) {
    expect(run.stats.get(id)).toMatchObject({
      delivered: 0,
      failed: run.sent,
      timedOut: hung.includes(id) ? run.sent : 0,
    })
    expect(run.errors.filter((e) => e.context.destinationId === id)).toHaveLength(run.sent)
  }
  expect(run.errors).toHaveLength(ids.length * run.sent)
  expect(run.unhandled).toEqual([])
}

describe('alert delivery faults behind a real table', () => {
  it('a destination that throws, one that rejects and one that never settles', async () => {
    const run = await runTable(
      [
        {
          id: 'throws',
          send: () => {
            throw new Error('destination threw')
          },
        },
        { id: 'rejects', send: () => Promise.reject(new Error('destination rejected')) },
        { id: 'hangs', send: () => new Promise<void>(() => undefined) },
      ],
      50,
    )
    expectEveryFailureCounted(run, ['throws', 'rejects', 'hangs'], ['hangs'])
    expect(run.stats.get('throws')?.lastError).toBe('Error: destination threw')
    expect(run.stats.get('rejects')?.lastError).toBe('Error: destination rejected')
    expect(run.stats.get('hangs')?.lastError).toContain('did not settle within 50 ms')
    const operations = new Set(run.errors.map((e) => e.context.operation))
    expect([...operations].sort()).toEqual(['rowModelBuild', 'sorting'])
  }, 30_000)

  it('fetch destinations whose receiver answers 500 or drops the connection', async () => {
    const before500 = status500.requests.length
    const beforeDropped = dropped.requests.length
    // A generous timeout: these must fail by HTTP, not by a slow loaded machine.
    const run = await runTable(
      [httpDestination('http500', status500.origin), httpDestination('dropped', dropped.origin)],
      10_000,
    )
    expectEveryFailureCounted(run, ['http500', 'dropped'])
    expect(run.stats.get('http500')?.lastError).toBe('Error: receiver answered 500')
    expect(run.stats.get('dropped')?.lastError).toMatch(/^TypeError/)
    expect(status500.requests.length - before500).toBe(run.sent)
    expect(dropped.requests.length - beforeDropped).toBe(run.sent)
  }, 30_000)
})
