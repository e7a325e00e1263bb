import type { AlertErrorContext } from './types'

// URLs can carry DSN keys or tokens in their user part or query; long opaque runs look like keys.
const URL_PATTERN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"]+/gi
const TOKEN_PATTERN = /\b[A-Za-z0-9_-]{20,}\b/g

/** Makes an error message safe to log: URLs and key-like tokens are replaced. */
export function redactSecrets(text: string): string {
  return text.replace(URL_PATTERN, '<url>').replace(TOKEN_PATTERN, '<redacted>')
}

/** A short, secret-free description of a delivery failure (name and redacted message). */
export function describeDeliveryError(error: unknown): string {
  if (error instanceof Error) {
    const message = redactSecrets(error.message).slice(0, 200)
    return message.length > 0 ? `${error.name}: ${message}` : error.name
  }
  if (typeof error === 'string') return redactSecrets(error).slice(0, 200)
  return `non-error value (${error === null ? 'null' : typeof error})`
}

/** Creates the error a send gets when it does not settle within `timeoutMs`. */
export function createTimeoutError(destinationId: string, timeoutMs: number): Error {
  const error = new Error(
    `alert send to "${redactSecrets(destinationId)}" did not settle within ${timeoutMs} ms`,
  )
  error.name = 'TimeoutError'
  return error
}

/** One `console.warn` line about a failed delivery, without secrets. */
export function warnDeliveryError(error: unknown, context: AlertErrorContext): void {
  console.warn(
    // Ids and operation names are app-chosen labels; redact them too in case a key was used.
    `[GridKit] Alert delivery to "${redactSecrets(context.destinationId)}" failed for operation ` +
      `"${redactSecrets(context.operation)}": ${describeDeliveryError(error)} (later failures ` +
      `of this destination are only counted)`,
  )
}

/**
 * The default `onError` of one dispatcher: {@link warnDeliveryError} at the first failure of
 * each destination, then nothing. A content blocker fails every alert to a vendor; the page's
 * console must not get one line per alert (issue 10 §2).
 */
export function createWarnOnce(): (error: unknown, context: AlertErrorContext) => void {
  const warned = new Set<string>()
  return (error, context) => {
    if (warned.has(context.destinationId)) return
    warned.add(context.destinationId)
    warnDeliveryError(error, context)
  }
}
