import { formatDuration, formatNumber, formatRatio, printTable } from './format.ts'
import type { Measurement } from './measurements.ts'
import { median } from './median.ts'
import { meets, type Bound, type TargetCheck } from './targets.ts'

/** One check across the suite's processes: it passes only if it passed in every one. */
export interface CombinedCheck {
  suite: string
  label: string
  unit: string
  target: Bound
  spec?: Bound
  /** The figure in each process, in run order. */
  perProcess: number[]
  /** Median of the per-process figures. */
  median: number
  /** Max / min of the per-process figures (1 = identical). */
  spread: number
  /** Passed in every process. */
  pass: boolean
}

/** A printed table, kept for the saved run. */
export interface SavedTable {
  title: string
  header: string[]
  rows: string[][]
}

/** max / min of positive figures; 1 for a single one. */
export function spreadOf(values: readonly number[]): number {
  const min = Math.min(...values)
  return min > 0 ? Math.max(...values) / min : Infinity
}

/** Groups the per-process checks by suite and label, in first-seen order. */
export function combineChecks(perProcess: readonly (readonly TargetCheck[])[]): CombinedCheck[] {
  const byKey = new Map<string, CombinedCheck>()
  for (const checks of perProcess) {
    for (const check of checks) {
      const key = `${check.suite}\u0000${check.label}`
      const combined = byKey.get(key)
      if (combined === undefined) {
        byKey.set(key, {
          suite: check.suite,
          label: check.label,
          unit: check.unit,
          target: check.target,
          ...(check.spec === undefined ? {} : { spec: check.spec }),
          perProcess: [check.measured],
          median: check.measured,
          spread: 1,
          pass: meets(check.measured, check.target),
        })
      } else {
        combined.perProcess.push(check.measured)
        combined.median = median(combined.perProcess)
        combined.spread = spreadOf(combined.perProcess)
        combined.pass &&= meets(check.measured, check.target)
      }
    }
  }
  return [...byKey.values()]
}

function boundText(bound: Bound, unit: string): string {
  return `${bound.kind === 'max' ? '<=' : '>='} ${formatNumber(bound.value)} ${unit}`
}

/** The combined checks as a table: median, spread, target, each process's mark, PASS/MISS. */
export function checksTable(title: string, checks: readonly CombinedCheck[]): SavedTable {
  return {
    title,
    header: ['check', 'median', 'spread', 'target', 'per process', 'spec limit', 'mark'],
    rows: checks.map((check) => [
      check.label,
      `${formatNumber(check.median)} ${check.unit}`,
      formatRatio(check.spread),
      boundText(check.target, check.unit),
      check.perProcess
        .map((value) => `${formatNumber(value)}${meets(value, check.target) ? '' : '!'}`)
        .join(' '),
      check.spec === undefined ? '-' : boundText(check.spec, check.unit),
      check.pass ? 'PASS' : 'MISS',
    ]),
  }
}

/** A ratio between two contenders, taken in each process, then its median and spread. */
export interface RatioColumn {
  label: string
  numerator: string
  denominator: string
}

function ratioCell(taken: readonly Measurement[], column: RatioColumn): string {
  const processes = [...new Set(taken.map((entry) => entry.process))]
  const ratios = processes.flatMap((process) => {
    const of = (name: string) =>
      taken.find((e) => e.process === process && e.contender === name)?.medianMs
    const top = of(column.numerator)
    const bottom = of(column.denominator)
    return top === undefined || bottom === undefined ? [] : [top / bottom]
  })
  if (ratios.length === 0) return '-'
  return `${formatRatio(median(ratios))} ${formatRatio(spreadOf(ratios))}`
}

/**
 * Medians across processes of each contender's per-process median, one table per measured
 * table (`table @ 100k rows`), with the spread and the minor page faults per sample; then
 * each ratio column, taken per process (median and spread).
 */
export function measurementTables(
  measurements: readonly Measurement[],
  ratioColumns: readonly RatioColumn[] = [],
): SavedTable[] {
  const tables = [...new Set(measurements.map((entry) => entry.table))]
  return tables.map((table) => {
    const inTable = measurements.filter((entry) => entry.table === table)
    const contenders = [...new Set(inTable.map((entry) => entry.contender))]
    const scenarios = [...new Set(inTable.map((entry) => entry.scenario))]
    const columns = ratioColumns.filter(
      (column) => contenders.includes(column.numerator) && contenders.includes(column.denominator),
    )
    const rows = scenarios.map((scenario) => {
      const cells = contenders.map((contender) => {
        const taken = inTable.filter((e) => e.scenario === scenario && e.contender === contender)
        if (taken.length === 0) return '-'
        const ms = median(taken.map((entry) => entry.medianMs))
        const faults = median(taken.map((entry) => entry.medianFaults))
        const spread = spreadOf(taken.map((entry) => entry.medianMs))
        return `${formatDuration(ms)} ${formatRatio(spread)} (${formatNumber(faults)})`
      })
      const agrees = inTable.every((entry) => entry.scenario !== scenario || entry.agrees)
      const inScenario = inTable.filter((entry) => entry.scenario === scenario)
      const ratios = columns.map((column) => ratioCell(inScenario, column))
      return [scenario, ...cells, ...ratios, agrees ? 'yes' : 'MISMATCH']
    })
    return {
      title: `${table}: median of the per-process medians, spread (max/min across processes), (minor page faults per sample); ratios taken per process: median, spread`,
      header: ['scenario', ...contenders, ...columns.map((column) => column.label), 'same rows'],
      rows,
    }
  })
}

/** Prints a saved table as text. */
export function printSavedTable(table: SavedTable): void {
  printTable(table.title, table.header, table.rows)
}
