import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../../__tests__/seeded-random'
import type { BudgetViolation, Severity } from '../../types/metrics'
import { AlertDispatcher } from '../AlertDispatcher'
import type { AlertRateLimit } from '../types'
import { ManualScheduler } from './manual-scheduler'
import { violation } from './violations'

const OPERATIONS = ['sort', 'filter', 'paginate']
const SEVERITIES: Severity[] = ['warning', 'error', 'critical']

function keyOf(v: BudgetViolation): string {
  return `${v.operation}/${v.severity}`
}

async function storm(rateLimit: AlertRateLimit | false) {
  const scheduler = new ManualScheduler()
  const dispatcher = new AlertDispatcher({
    scheduler,
    now: scheduler.now,
    cooldownMs: 60_000,
    rateLimit,
  })
  const sent: BudgetViolation[] = []
  dispatcher.add({ id: 'a', send: (v) => void sent.push(v) })
  const random = seededRandom(42)
  const enqueued = new Map<string, number>()
  // 10,000 violations within one second: 0.1 ms apart, the drain running every 10 ms.
  for (let i = 0; i < 10_000; i += 1) {
    const v = violation({
      operation: OPERATIONS[Math.floor(random() * OPERATIONS.length)],
      severity: SEVERITIES[Math.floor(random() * SEVERITIES.length)],
      // Under twice the first one's actual: none escalates through the cooldown.
      actual: 100 + random() * 99,
    })
    enqueued.set(keyOf(v), (enqueued.get(keyOf(v)) ?? 0) + 1)
    dispatcher.enqueue(v)
    if (i % 100 === 99) await scheduler.advance(10)
  }
  await dispatcher.flush()
  const duringStorm = sent.length
  // After the storm, rounds of four keys (rotating, within any limit below) one minute
  // apart: each key's next alert carries everything held back for it.
  const keys = [...enqueued.keys()]
  for (let round = 0; round < 6; round += 1) {
    await scheduler.advance(60_000)
    for (let k = 0; k < 4; k += 1) {
      const key = keys[(round * 4 + k) % keys.length] as string
      const [operation, severity] = key.split('/') as [string, Severity]
      dispatcher.enqueue(violation({ operation, severity }))
      enqueued.set(key, (enqueued.get(key) ?? 0) + 1)
    }
    await dispatcher.flush()
  }
  return { sent, enqueued, duringStorm, dispatcher }
}

function accounted(sent: BudgetViolation[]): Map<string, number> {
  const totals = new Map<string, number>()
  for (const v of sent)
    totals.set(keyOf(v), (totals.get(keyOf(v)) ?? 0) + 1 + (v.suppressedCount ?? 0))
  return totals
}

describe('alert storm', () => {
  it('sends one alert per (operation, severity) during the storm and carries every suppressed one', async () => {
    const { sent, enqueued, duringStorm, dispatcher } = await storm(false)
    expect(enqueued.size).toBe(9)
    expect(duringStorm).toBe(9)
    expect(sent).toHaveLength(9 + 6 * 4)
    const carried = sent.reduce((sum, v) => sum + (v.suppressedCount ?? 0), 0)
    expect(carried).toBe(10_000 - 9)
    expect(Object.fromEntries(accounted(sent))).toEqual(Object.fromEntries(enqueued))
    expect(dispatcher.getQueueStats()).toMatchObject({
      suppressedByCooldown: 10_000 - 9,
      dropped: 0,
    })
  })

  it('keeps the totals right when the rate limit holds alerts back too', async () => {
    const { sent, enqueued, duringStorm, dispatcher } = await storm({ max: 4, intervalMs: 60_000 })
    expect(duringStorm).toBe(4)
    expect(sent).toHaveLength(4 + 6 * 4)
    expect(Object.fromEntries(accounted(sent))).toEqual(Object.fromEntries(enqueued))
    expect(dispatcher.getStats()[0]).toMatchObject({ delivered: 28, suppressed: 10_000 - 4 })
  })
})
