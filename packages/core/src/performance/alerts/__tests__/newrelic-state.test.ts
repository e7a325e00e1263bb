import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  NEW_RELIC_CONFIRM_TIMEOUT_MS,
  NEW_RELIC_STOPPED,
  NewRelicAgentAlertDestination,
} from '../newrelic-agent'
import { violation } from './violations'

/** An agent double with the state the real agent shows: `ee.aborted` and `runtime.activatedFeatures`. */
function agent(state: { aborted?: boolean; flags?: object } = {}) {
  return {
    recorded: 0,
    ee: { aborted: state.aborted ?? false },
    runtime: { activatedFeatures: state.flags },
    recordCustomEvent(): void {
      this.recorded += 1
    },
  }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('NewRelicAgentAlertDestination reads the agent state', () => {
  it('resolves when the agent runs with custom events on', async () => {
    const running = agent({ flags: { ins: 1 } })
    await expect(new NewRelicAgentAlertDestination(running).send(violation())).resolves.toBe(
      undefined,
    )
    expect(running.recorded).toBe(1)
  })

  it('rejects when the agent stopped, or its beacon turned custom events off', async () => {
    const stopped = agent({ aborted: true })
    await expect(new NewRelicAgentAlertDestination(stopped).send(violation())).rejects.toThrow(
      NEW_RELIC_STOPPED,
    )
    expect(stopped.recorded).toBe(1)
    for (const flags of [{ ins: 0 }, {}, { ins: false }]) {
      await expect(
        new NewRelicAgentAlertDestination(agent({ flags })).send(violation()),
      ).rejects.toThrow('custom events off')
    }
  })

  it('waits while the agent starts: resolves once it runs, rejects once it stops', async () => {
    vi.useFakeTimers()
    const starting = agent()
    const sent = new NewRelicAgentAlertDestination(starting).send(violation())
    await vi.advanceTimersByTimeAsync(300)
    starting.runtime.activatedFeatures = { ins: 1 }
    await vi.advanceTimersByTimeAsync(100)
    await expect(sent).resolves.toBe(undefined)

    const failing = agent()
    const refused = new NewRelicAgentAlertDestination(failing).send(violation())
    const outcome = expect(refused).rejects.toThrow(NEW_RELIC_STOPPED)
    failing.ee.aborted = true
    await vi.advanceTimersByTimeAsync(100)
    await outcome
  })

  it('rejects as unconfirmed when the agent hears nothing in time', async () => {
    vi.useFakeTimers()
    const sent = new NewRelicAgentAlertDestination(agent()).send(violation())
    const outcome = expect(sent).rejects.toThrow(
      `no beacon answer within ${NEW_RELIC_CONFIRM_TIMEOUT_MS} ms (unconfirmed)`,
    )
    await vi.advanceTimersByTimeAsync(NEW_RELIC_CONFIRM_TIMEOUT_MS + 100)
    await outcome
  })

  it('resolves on the hand-over for objects without the state, or whose state throws', async () => {
    const plain = { recordCustomEvent: vi.fn() }
    await expect(new NewRelicAgentAlertDestination(plain).send(violation())).resolves.toBe(
      undefined,
    )
    const throwing = {
      recordCustomEvent: vi.fn(),
      get ee(): never {
        throw new Error('no')
      },
      runtime: {},
    }
    await expect(new NewRelicAgentAlertDestination(throwing).send(violation())).resolves.toBe(
      undefined,
    )
    const halfState = { recordCustomEvent: vi.fn(), ee: { aborted: false }, runtime: null }
    await expect(new NewRelicAgentAlertDestination(halfState).send(violation())).resolves.toBe(
      undefined,
    )
  })
})
