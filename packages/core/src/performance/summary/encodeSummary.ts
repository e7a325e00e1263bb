import type { PerformanceSummary } from './types'

/** A summary as a beacon body. */
export interface EncodedSummary {
  /** The JSON body, at most `maxBytes` bytes of UTF-8. */
  body: string
  /** Operations left out to stay within `maxBytes` (those with the fewest samples). */
  omittedOperations: number
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length
}

/**
 * Writes `summary` as JSON of at most `maxBytes` bytes: when it is larger, the operations with
 * the fewest samples are left out (and counted) until it fits, so the beacon is never refused.
 */
export function encodeSummary(summary: PerformanceSummary, maxBytes: number): EncodedSummary {
  let body = JSON.stringify(summary)
  if (byteLength(body) <= maxBytes) return { body, omittedOperations: 0 }
  const names = Object.keys(summary.operations).sort(
    (a, b) => (summary.operations[b]?.count ?? 0) - (summary.operations[a]?.count ?? 0),
  )
  const kept: string[] = []
  body = JSON.stringify({ ...summary, operations: {} })
  for (const name of names) {
    const candidate = JSON.stringify({ ...summary, operations: pick(summary, [...kept, name]) })
    if (byteLength(candidate) > maxBytes) continue
    kept.push(name)
    body = candidate
  }
  const omitted = names.length - kept.length
  return { body, omittedOperations: omitted }
}

function pick(
  summary: PerformanceSummary,
  names: readonly string[],
): PerformanceSummary['operations'] {
  const operations = Object.create(null) as PerformanceSummary['operations']
  for (const name of names) {
    const operation = summary.operations[name]
    if (operation !== undefined) operations[name] = operation
  }
  return operations
}
