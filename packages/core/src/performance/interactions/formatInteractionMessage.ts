import type { InteractionAttribution, InteractionOperation } from './types'

/** Operations named in a message at most (the attribution keeps them all). */
export const MESSAGE_OPERATIONS = 3

/** Input delays shorter than this are left out of messages, ms. */
const NOTABLE_INPUT_DELAY_MS = 16

// rowModelBuild is the sum of the stages it rebuilt (sorting, filtering, ...): naming both
// would count the same time twice, so it is named only when no stage of its table ran.
const CONTAINER = 'rowModelBuild'
const STAGES = new Set(['coreRowModel', 'filtering', 'sorting', 'pagination', 'selection'])

function ms(value: number): string {
  return `${Math.round(value)} ms`
}

function describeOperation(op: InteractionOperation): string {
  let text = `${op.operation} ${ms(op.durationMs)}`
  if (op.rowCount !== undefined) text += ` on ${op.rowCount.toLocaleString('en-US')} rows`
  if (op.tableId !== undefined) text += ` of table ${op.tableId}`
  return text
}

/** Operations worth naming: longest first, of at least half a ms, without a rowModelBuild whose stages are listed. */
export function notableOperations(
  operations: readonly InteractionOperation[],
): InteractionOperation[] {
  const tablesWithStages = new Set(
    operations.filter((op) => STAGES.has(op.operation)).map((op) => op.tableId),
  )
  return operations.filter(
    (op) =>
      op.durationMs >= 0.5 && !(op.operation === CONTAINER && tablesWithStages.has(op.tableId)),
  )
}

/**
 * "click took 340 ms: sorting 166 ms on 100,000 rows of table orders, tableRender 120 ms,
 * presentation 40 ms". Names durations, counts and table ids only, never row data.
 */
export function formatInteractionMessage(attribution: InteractionAttribution): string {
  const parts: string[] = []
  if (attribution.inputDelayMs >= NOTABLE_INPUT_DELAY_MS) {
    parts.push(`input delay ${ms(attribution.inputDelayMs)}`)
  }
  const named = notableOperations(attribution.operations).slice(0, MESSAGE_OPERATIONS)
  for (const op of named) parts.push(describeOperation(op))
  if (named.length === 0) {
    parts.push(`no table work, processing ${ms(attribution.processingDurationMs)}`)
  }
  parts.push(`presentation ${ms(attribution.presentationDelayMs)}`)
  return `${attribution.interactionType} took ${ms(attribution.durationMs)}: ${parts.join(', ')}`
}
