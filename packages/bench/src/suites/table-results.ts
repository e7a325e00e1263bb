import { formatDuration, formatRatio, printTable } from '../harness/format.ts'
import type { TrialResult } from '../harness/measure-alternating.ts'
import { formatRows } from '../harness/suite.ts'
import { recordCheck, type TargetCheck } from '../harness/targets.ts'

/** Contender names the ratios are taken between. */
export interface Roles {
  primary: string
  baseline9: string
  baseline8: string
  floor: string
}

/** One scenario's medians for every contender at one size, and whether they agreed. */
export interface ScenarioRow {
  name: string
  sortOrFilter: boolean
  /** The floor does no comparable work here (create), so a ratio to it would mean nothing. */
  floorComparable: boolean
  results: TrialResult[]
  agree: boolean
}

function medianOf(row: ScenarioRow, name: string): number | undefined {
  return row.results.find((entry) => entry.name === name)?.medianMs
}

function ratioText(numerator: number | undefined, denominator: number | undefined): string {
  return numerator === undefined || denominator === undefined
    ? '-'
    : formatRatio(numerator / denominator)
}

/** Medians per contender, then the ratios the targets are about. */
export function printSizeTable(
  rows: number,
  names: readonly string[],
  roles: Roles,
  scenarioRows: readonly ScenarioRow[],
): void {
  const { primary, baseline9, baseline8, floor } = roles
  printTable(
    `table @ ${formatRows(rows)} rows: median per operation; t9/t8 = TanStack time / ${primary} time, floor = ${primary} time / plain-JS time`,
    ['scenario', ...names, `t9/${primary}`, `t8/${primary}`, `${primary}/floor`, 'same page'],
    scenarioRows.map((row) => [
      row.name,
      ...names.map((name) => {
        const value = medianOf(row, name)
        return value === undefined ? '-' : formatDuration(value)
      }),
      ratioText(medianOf(row, baseline9), medianOf(row, primary)),
      ratioText(medianOf(row, baseline8), medianOf(row, primary)),
      row.floorComparable ? ratioText(medianOf(row, primary), medianOf(row, floor)) : 'n/a',
      row.agree ? 'yes' : 'MISMATCH',
    ]),
  )
}

/** Issue 2's targets at 100k rows, recorded for the summary. */
export function recordTableTargets(
  roles: Roles,
  scenarioRows: readonly ScenarioRow[],
  bytesPerRow: ReadonlyMap<string, number>,
): TargetCheck[] {
  const { primary, baseline9, floor } = roles
  const checks: TargetCheck[] = []
  const add = (check: Omit<TargetCheck, 'suite'>): void => {
    checks.push(recordCheck({ suite: 'table', ...check }))
  }
  for (const row of scenarioRows) {
    const own = medianOf(row, primary)
    if (own === undefined) continue
    const theirs = medianOf(row, baseline9)
    const floorTime = medianOf(row, floor)
    if (row.sortOrFilter && theirs !== undefined && floorTime !== undefined) {
      add({
        label: `${row.name}: speed-up vs ${baseline9} @100k`,
        measured: theirs / own,
        unit: 'x',
        target: { kind: 'min', value: 4 },
      })
      add({
        label: `${row.name}: time vs plain-JS floor @100k`,
        measured: own / floorTime,
        unit: 'x',
        target: { kind: 'max', value: 3 },
      })
    }
    if (row.name.startsWith('memo hit')) {
      add({
        label: 'memo hit (getRowModel) @100k',
        measured: own * 1000,
        unit: 'µs',
        target: { kind: 'max', value: 1 },
      })
    }
  }
  const ownBytes = bytesPerRow.get(primary)
  const theirBytes = bytesPerRow.get(baseline9)
  if (ownBytes !== undefined && theirBytes !== undefined) {
    add({
      label: `retained heap per row vs ${baseline9} @100k`,
      measured: ownBytes,
      unit: 'B/row',
      target: { kind: 'max', value: theirBytes },
    })
  }
  return checks
}
