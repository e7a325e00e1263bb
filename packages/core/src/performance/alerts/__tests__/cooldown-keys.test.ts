// Issue 10 §5: the cooldown is kept per table, and a much worse violation is not hidden
// behind a mild one.
import { describe, expect, it } from 'vitest'
import type { BudgetViolation } from '../../types/metrics'
import { AlertDispatcher } from '../AlertDispatcher'
import { COOLDOWN_ESCALATION_FACTOR } from '../cooldown'
import { ManualScheduler } from './manual-scheduler'
import { violation } from './violations'

function setup() {
  const scheduler = new ManualScheduler()
  const sent: BudgetViolation[] = []
  const dispatcher = new AlertDispatcher({
    now: scheduler.now,
    scheduler,
    cooldownMs: 60_000,
    rateLimit: false,
  })
  dispatcher.add((v: BudgetViolation) => void sent.push(v))
  return { scheduler, sent, dispatcher }
}

describe('alert cooldown', () => {
  it("one table's violation does not hold back another table's", async () => {
    const { scheduler, sent, dispatcher } = setup()
    dispatcher.enqueue(violation({ operation: 'sorting', tableId: 'a', actual: 5, budget: 1 }))
    await scheduler.advance(1000)
    dispatcher.enqueue(violation({ operation: 'sorting', tableId: 'b', actual: 5, budget: 1 }))
    await scheduler.advance(0)
    expect(sent.map((v) => v.tableId)).toEqual(['a', 'b'])
  })

  it('a violation much worse than the last one sent goes out despite the cooldown', async () => {
    const { scheduler, sent, dispatcher } = setup()
    dispatcher.enqueue(violation({ operation: 'sorting', tableId: 'a', actual: 5, budget: 1 }))
    dispatcher.enqueue(violation({ operation: 'sorting', tableId: 'a', actual: 6, budget: 1 }))
    await scheduler.advance(1000)
    dispatcher.enqueue(violation({ operation: 'sorting', tableId: 'a', actual: 500, budget: 1 }))
    dispatcher.enqueue(violation({ operation: 'sorting', tableId: 'a', actual: 600, budget: 1 }))
    await scheduler.advance(0)
    expect(sent.map((v) => v.actual)).toEqual([5, 500])
    // The mild one held back in between travels with the worse one.
    expect(sent[1]?.suppressedCount).toBe(1)
    expect(dispatcher.getQueueStats().suppressedByCooldown).toBe(2)
  })

  it('escalates at the documented factor, not below it', async () => {
    const { scheduler, sent, dispatcher } = setup()
    const at = (actual: number) => violation({ operation: 'filtering', actual, budget: 1 })
    dispatcher.enqueue(at(10))
    dispatcher.enqueue(at(10 * COOLDOWN_ESCALATION_FACTOR - 0.001))
    dispatcher.enqueue(at(10 * COOLDOWN_ESCALATION_FACTOR))
    await scheduler.advance(0)
    expect(sent.map((v) => v.actual)).toEqual([10, 10 * COOLDOWN_ESCALATION_FACTOR])
  })
})
