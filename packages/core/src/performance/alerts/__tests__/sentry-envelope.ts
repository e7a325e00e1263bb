/** One event as Sentry's envelope carries it (the fields the tests read). */
export interface SentryEvent {
  message?: string
  level?: string
  tags?: Record<string, string>
  extra?: Record<string, unknown>
  environment?: string
  release?: string
}

/** The events of one envelope body (newline-delimited: envelope header, then item header + item). */
export function sentryEventsOf(body: string): SentryEvent[] {
  const lines = body.split('\n').filter((line) => line.trim() !== '')
  const events: SentryEvent[] = []
  for (let i = 1; i < lines.length - 1; i += 2) {
    const header = JSON.parse(lines[i] as string) as { type?: string }
    if (header.type === 'event') events.push(JSON.parse(lines[i + 1] as string) as SentryEvent)
  }
  return events
}
