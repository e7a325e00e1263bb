import { describe, expect, it } from 'vitest'
import { OperationSpanLog } from '../OperationSpanLog'

describe('OperationSpanLog', () => {
  it('keeps each sample with its start and end on the clock, and the context', () => {
    let time = 0
    const log = new OperationSpanLog(() => time, 8)
    time = 100
    log.add('sorting', 30, { tableId: 'orders', rowCount: 5 })
    time = 150
    log.add('measure', 10, undefined)
    time = 400
    log.add('late', 10, { tableId: 7 as unknown as string, rowCount: 'x' as unknown as number })
    expect(log.overlapping(60, 145)).toEqual([
      { operation: 'sorting', start: 70, durationMs: 30, tableId: 'orders', rowCount: 5 },
      { operation: 'measure', start: 140, durationMs: 10, tableId: undefined, rowCount: undefined },
    ])
    expect(log.overlapping(101, 139)).toEqual([])
    expect(log.overlapping(395, 500).map((s) => [s.tableId, s.rowCount])).toEqual([
      [undefined, undefined],
    ])
  })

  it('overwrites the oldest spans once full, and forgets all on clear', () => {
    let time = 0
    const log = new OperationSpanLog(() => time, 3)
    for (let i = 1; i <= 5; i++) {
      time = i * 10
      log.add(`op${i}`, 1, undefined)
    }
    expect(log.overlapping(0, 100).map((s) => s.operation)).toEqual(['op3', 'op4', 'op5'])
    log.clear()
    expect(log.overlapping(0, 100)).toEqual([])
  })
})
