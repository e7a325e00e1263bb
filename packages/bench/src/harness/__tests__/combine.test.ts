import { describe, expect, it } from 'vitest'
import { checksTable, combineChecks, measurementTables, spreadOf } from '../combine.ts'
import type { Measurement } from '../measurements.ts'
import type { TargetCheck } from '../targets.ts'

function check(label: string, measured: number): TargetCheck {
  return { suite: 'table', label, measured, unit: 'x', target: { kind: 'max', value: 0.4 } }
}

function measurement(
  process: number,
  contender: string,
  medianMs: number,
  agrees = true,
): Measurement {
  return {
    suite: 'table',
    table: 'table @ 1k rows',
    scenario: 'sort integer (age asc)',
    contender,
    medianMs,
    medianFaults: process * 10,
    agrees,
    process,
  }
}

describe('combineChecks', () => {
  it('takes the median and spread of the per-process figures', () => {
    const [combined] = combineChecks([[check('a', 0.2)], [check('a', 0.3)], [check('a', 0.25)]])
    expect(combined?.perProcess).toEqual([0.2, 0.3, 0.25])
    expect(combined?.median).toBe(0.25)
    expect(combined?.spread).toBeCloseTo(1.5)
    expect(combined?.pass).toBe(true)
  })

  it('a target passes only if it passes in every process', () => {
    const [combined] = combineChecks([[check('a', 0.2)], [check('a', 0.5)], [check('a', 0.1)]])
    expect(combined?.median).toBe(0.2)
    expect(combined?.pass).toBe(false)
    const table = checksTable('t', combineChecks([[check('a', 0.2)], [check('a', 0.5)]]))
    expect(table.rows[0]).toEqual([
      'a',
      '0.350 x',
      '2.50x',
      '<= 0.400 x',
      '0.200 0.500!',
      '-',
      'MISS',
    ])
  })

  it('keeps checks with different labels apart, in first-seen order', () => {
    const combined = combineChecks([[check('b', 0.1), check('a', 0.1)], [check('a', 0.1)]])
    expect(combined.map((entry) => [entry.label, entry.perProcess.length])).toEqual([
      ['b', 1],
      ['a', 2],
    ])
  })
})

describe('measurementTables', () => {
  it('combines each contender over processes and takes ratios within each process', () => {
    const [table] = measurementTables(
      [
        measurement(0, 'gridkit', 1),
        measurement(0, 'plain-js', 4),
        measurement(1, 'gridkit', 3),
        measurement(1, 'plain-js', 6),
      ],
      [{ label: 'gridkit/floor', numerator: 'gridkit', denominator: 'plain-js' }],
    )
    expect(table?.header).toEqual(['scenario', 'gridkit', 'plain-js', 'gridkit/floor', 'same rows'])
    // medians 2 ms (spread 3x) and 5 ms (1.5x); ratios 0.25 and 0.5 per process
    expect(table?.rows[0]).toEqual([
      'sort integer (age asc)',
      '2.00 ms 3.00x (5.00)',
      '5.00 ms 1.50x (5.00)',
      '0.375x 2.00x',
      'yes',
    ])
  })

  it('flags a scenario where any process saw a mismatch', () => {
    const [table] = measurementTables([
      measurement(0, 'gridkit', 1),
      measurement(1, 'gridkit', 1, false),
    ])
    expect(table?.rows[0]?.at(-1)).toBe('MISMATCH')
  })

  it('spread is max over min', () => {
    expect(spreadOf([2, 3, 6])).toBe(3)
    expect(spreadOf([5])).toBe(1)
  })
})
