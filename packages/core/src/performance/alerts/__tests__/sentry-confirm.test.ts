import { describe, expect, it } from 'vitest'
import { captureConfirmed, hookClientOf } from '../sentry-confirm'

type Hook = (event: { event_id?: string } | undefined, response?: { statusCode?: number }) => void

/** A Sentry client double: `on('afterSendEvent')` and a way to fire the hook. */
function client() {
  const hooks = new Set<Hook>()
  return {
    hooks,
    on(_name: 'afterSendEvent', hook: Hook) {
      hooks.add(hook)
      return () => hooks.delete(hook)
    },
    fire(eventId: string, response?: { statusCode?: number }) {
      for (const hook of Array.from(hooks)) hook({ event_id: eventId }, response)
    },
  }
}

describe('hookClientOf', () => {
  it('is the client when getClient() returns one with on(), else undefined', () => {
    const fake = client()
    expect(hookClientOf({ getClient: () => fake })).toBe(fake)
    expect(hookClientOf({ getClient: () => ({}) })).toBeUndefined()
    expect(hookClientOf({ getClient: () => undefined })).toBeUndefined()
    expect(hookClientOf({ captureMessage: () => 'id' })).toBeUndefined()
    const throwing = {
      getClient: () => {
        throw new Error('no')
      },
    }
    expect(hookClientOf(throwing)).toBeUndefined()
  })
})

describe('captureConfirmed', () => {
  it("resolves on the event's 2xx upload, ignoring other events, and unsubscribes", async () => {
    const fake = client()
    const sent = captureConfirmed(fake, () => 'abc')
    fake.fire('other', { statusCode: 500 })
    fake.fire('abc', { statusCode: 200 })
    await expect(sent).resolves.toBeUndefined()
    expect(fake.hooks.size).toBe(0)
  })

  it('rejects on a network error ({} from Sentry) and on an HTTP error status', async () => {
    const fake = client()
    const blocked = captureConfirmed(fake, () => 'a')
    fake.fire('a', {})
    await expect(blocked).rejects.toThrow('Sentry did not send the event (network error')
    const refused = captureConfirmed(fake, () => 'b')
    fake.fire('b', { statusCode: 429 })
    await expect(refused).rejects.toThrow('Sentry answered HTTP 429')
    const nothing = captureConfirmed(fake, () => 'c')
    fake.fire('c')
    await expect(nothing).rejects.toThrow('network error')
    expect(fake.hooks.size).toBe(0)
  })

  it('rejects when no upload is reported in time (dropped by sampleRate or beforeSend)', async () => {
    const fake = client()
    await expect(captureConfirmed(fake, () => 'x', 10)).rejects.toThrow(
      'Sentry did not send the event within 10 ms',
    )
    expect(fake.hooks.size).toBe(0)
  })

  it('passes on a throwing capture, and trusts the hand-over when capture returns no id', async () => {
    const fake = client()
    const failing = captureConfirmed(fake, () => {
      throw new Error('capture failed')
    })
    await expect(failing).rejects.toThrow('capture failed')
    const throwingString = captureConfirmed(fake, () => {
      throw 'no' // eslint-disable-line @typescript-eslint/only-throw-error -- what some code does
    })
    await expect(throwingString).rejects.toThrow('captureMessage threw string')
    await expect(captureConfirmed(fake, () => undefined)).resolves.toBeUndefined()
    expect(fake.hooks.size).toBe(0)
  })
})
