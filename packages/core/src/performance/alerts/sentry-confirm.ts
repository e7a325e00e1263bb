import { globalAlertScheduler } from './dispatcher-options'

/** How long a send through the app's Sentry waits for the SDK to report the upload, in ms. */
export const SENTRY_CONFIRM_TIMEOUT_MS = 4000

/**
 * Sentry's answer to one upload, as its `afterSendEvent` hook passes it: `{}` when no answer
 * came (a network error, a blocked request) or its rate limit held the event back.
 */
interface SentrySendResponse {
  statusCode?: number
}

/** What GridKit needs of a Sentry client (v8+) to learn what became of an event. */
export interface SentryHookClient {
  on(
    hook: 'afterSendEvent',
    callback: (event: { event_id?: string } | undefined, response?: SentrySendResponse) => void,
  ): unknown
}

/** The client behind the app's Sentry (namespace, hub or scope) when it has hooks; else undefined. */
export function hookClientOf(sentry: object): SentryHookClient | undefined {
  try {
    const getClient = (sentry as { getClient?: unknown }).getClient
    if (typeof getClient !== 'function') return undefined
    const client = (getClient as () => unknown).call(sentry) as Partial<SentryHookClient> | null
    return typeof client?.on === 'function' ? (client as SentryHookClient) : undefined
  } catch {
    return undefined
  }
}

function uploadError(response: SentrySendResponse | undefined): Error | undefined {
  const status = response?.statusCode
  if (status === undefined) {
    return new Error('Sentry did not send the event (network error, blocked or rate-limited)')
  }
  return status >= 200 && status < 300 ? undefined : new Error(`Sentry answered HTTP ${status}`)
}

/**
 * Runs `capture` (which returns the event id, as `captureMessage` does) and settles once the
 * app's Sentry reports that event's upload through its `afterSendEvent` hook: resolves on a
 * 2xx answer, rejects on another status or a network error (a content blocker, a refused CORS
 * answer), and rejects when no upload is reported within `timeoutMs` (the app's `sampleRate`
 * or `beforeSend` dropped it, or its transport is still waiting).
 */
export function captureConfirmed(
  client: SentryHookClient,
  capture: () => unknown,
  timeoutMs: number = SENTRY_CONFIRM_TIMEOUT_MS,
  timeoutMessage = `Sentry did not send the event within ${timeoutMs} ms (sampleRate or beforeSend?)`,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let eventId: unknown = undefined
    let timer: unknown = undefined
    let done = false
    let off: unknown = undefined
    const finish = (error: Error | undefined): void => {
      if (done) return
      done = true
      globalAlertScheduler.clearTimeout(timer)
      if (typeof off === 'function') (off as () => void)()
      if (error === undefined) resolve()
      else reject(error)
    }
    off = client.on('afterSendEvent', (event, response) => {
      if (eventId !== undefined && event?.event_id === eventId) finish(uploadError(response))
    })
    try {
      eventId = capture()
    } catch (error) {
      finish(error instanceof Error ? error : new Error(`captureMessage threw ${typeof error}`))
      return
    }
    // Without an id to match, only the hand-over can be confirmed.
    if (typeof eventId !== 'string') {
      finish(undefined)
      return
    }
    timer = globalAlertScheduler.setTimeout(() => {
      finish(new Error(timeoutMessage))
    }, timeoutMs)
  })
}

/**
 * Captures through the app's Sentry (`sentry`: its namespace, hub or scope, whose client is
 * looked up): with a client that has hooks (v8+), settles by the event's upload as
 * {@link captureConfirmed} does; without, resolves once `capture` handed the event over.
 */
export function captureThroughApp(sentry: object, capture: () => unknown): Promise<void> {
  const client = hookClientOf(sentry)
  if (client !== undefined) return captureConfirmed(client, capture)
  capture()
  return Promise.resolve()
}
