import type { InteractionTiming } from './interactionTiming'
import type { OperationSpan } from './OperationSpanLog'
import { formatInteractionMessage } from './formatInteractionMessage'
import {
  INTERACTION_OPERATION,
  type InteractionAttribution,
  type InteractionOperation,
  type InteractionScript,
} from './types'

/**
 * Sums the spans by operation and table (an app measuring each cell would otherwise list
 * hundreds of entries), longest first. Interaction samples themselves are left out.
 */
export function summarizeOperations(
  spans: readonly OperationSpan[],
  interactionStart: number,
): InteractionOperation[] {
  const byKey = new Map<string, InteractionOperation>()
  for (const span of spans) {
    if (span.operation === INTERACTION_OPERATION) continue
    const key = `${span.tableId ?? ''}\u0000${span.operation}`
    let summary = byKey.get(key)
    if (summary === undefined) {
      summary = {
        operation: span.operation,
        durationMs: 0,
        count: 0,
        startOffsetMs: span.start - interactionStart,
      }
      if (span.tableId !== undefined) summary.tableId = span.tableId
      byKey.set(key, summary)
    }
    summary.durationMs += span.durationMs
    summary.count++
    if (span.rowCount !== undefined && !(span.rowCount <= (summary.rowCount ?? -1))) {
      summary.rowCount = span.rowCount
    }
  }
  return [...byKey.values()].sort((a, b) => b.durationMs - a.durationMs)
}

/** Tables whose work ran inside the interaction, most time first. */
export function tablesOf(operations: readonly InteractionOperation[]): string[] {
  const time = new Map<string, number>()
  for (const { tableId, durationMs } of operations) {
    if (tableId !== undefined) time.set(tableId, (time.get(tableId) ?? 0) + durationMs)
  }
  return [...time.entries()].sort((a, b) => b[1] - a[1]).map(([tableId]) => tableId)
}

/** The attribution of one interaction from its timing, the work and the LoAF scripts inside it. */
export function buildAttribution(
  timing: InteractionTiming,
  spans: readonly OperationSpan[],
  scripts: InteractionScript[],
): InteractionAttribution {
  const operations = summarizeOperations(spans, timing.startTime)
  const tableIds = tablesOf(operations)
  const attribution: InteractionAttribution = {
    ...timing,
    operations,
    scripts,
    tableIds,
    touchedTable: tableIds.length > 0,
    message: '',
  }
  attribution.message = formatInteractionMessage(attribution)
  return attribution
}
