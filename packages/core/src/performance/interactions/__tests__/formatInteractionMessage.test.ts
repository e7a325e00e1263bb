import { describe, expect, it } from 'vitest'
import { buildAttribution } from '../buildAttribution'
import type { InteractionTiming } from '../interactionTiming'
import type { OperationSpan } from '../OperationSpanLog'

const timing: InteractionTiming = {
  interactionId: 3,
  interactionType: 'keyboard',
  eventName: 'keydown',
  target: 'input#filter',
  startTime: 1000,
  durationMs: 264,
  inputDelayMs: 24,
  processingDurationMs: 200,
  presentationDelayMs: 40,
}

function span(
  operation: string,
  durationMs: number,
  tableId?: string,
  rowCount?: number,
): OperationSpan {
  return { operation, start: 1030, durationMs, tableId, rowCount }
}

describe('interaction attribution and message', () => {
  it('sums repeated work, names at most three, and leaves out a row-model build whose stages are named', () => {
    const attribution = buildAttribution(
      timing,
      [
        span('cellRender', 1, 'orders'),
        span('cellRender', 2, 'orders'),
        span('filtering', 120.4, 'orders', 1000),
        span('filtering', 10, 'orders', 100_000),
        span('rowModelBuild', 135, 'orders', 50),
        span('interaction', 300),
        span('tableRender', 60, 'orders'),
        span('rowModelBuild', 7, 'side', 20),
        span('pagination', 0.2, 'orders', 50),
      ],
      [],
    )
    expect(attribution.operations.find((op) => op.operation === 'cellRender')).toMatchObject({
      durationMs: 3,
      count: 2,
    })
    expect(attribution.operations.find((op) => op.operation === 'filtering')).toMatchObject({
      rowCount: 100_000,
      count: 2,
      startOffsetMs: 30,
    })
    expect(attribution.operations.some((op) => op.operation === 'interaction')).toBe(false)
    expect(attribution.tableIds).toEqual(['orders', 'side'])
    expect(attribution.message).toBe(
      'keyboard took 264 ms: input delay 24 ms, filtering 130 ms on 100,000 rows of table orders, tableRender 60 ms of table orders, rowModelBuild 7 ms on 20 rows of table side, presentation 40 ms',
    )
  })

  it('says when no work was monitored', () => {
    const attribution = buildAttribution({ ...timing, inputDelayMs: 2 }, [], [])
    expect(attribution.touchedTable).toBe(false)
    expect(attribution.message).toBe(
      'keyboard took 264 ms: no table work, processing 200 ms, presentation 40 ms',
    )
  })
})
