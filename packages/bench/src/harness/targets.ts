import { formatNumber, formatRatio, printTable } from './format.ts'

/** A bound a measured figure must respect: `max` (at most) or `min` (at least). */
export interface Bound {
  kind: 'max' | 'min'
  value: number
}

/** One measured figure checked against the project's target and, where it has one, the spec's limit. */
export interface TargetCheck {
  /** Which suite produced it, e.g. `table`. */
  suite: string
  /** What was measured, e.g. `trackOperation median`. */
  label: string
  /** The figure, in `unit`. */
  measured: number
  /** Unit shared by `measured`, `target` and `spec`, e.g. `µs`, `KB`, `x`. */
  unit: string
  target: Bound
  spec?: Bound
}

/**
 * How many times over the bound is met: >= 1 passes. For a `max` bound it is bound / measured
 * (2x = half the allowed time); for a `min` bound it is measured / bound.
 */
export function margin(measured: number, bound: Bound): number {
  if (bound.kind === 'max') return measured === 0 ? Infinity : bound.value / measured
  return measured / bound.value
}

/** Whether `measured` respects `bound` (inclusive). */
export function meets(measured: number, bound: Bound): boolean {
  return bound.kind === 'max' ? measured <= bound.value : measured >= bound.value
}

const checks: TargetCheck[] = []

/** Records a check for the closing summary and returns it. */
export function recordCheck(check: TargetCheck): TargetCheck {
  checks.push(check)
  return check
}

/** Every check recorded so far, in order. */
export function recordedChecks(): readonly TargetCheck[] {
  return checks
}

function boundText(bound: Bound, unit: string): string {
  return `${bound.kind === 'max' ? '<=' : '>='} ${formatNumber(bound.value)} ${unit}`
}

// Ratios near 1 (overhead bounds like 1.02x) need a third decimal to be read against the bound.
function measuredText(check: TargetCheck): string {
  const nearOne = check.unit === 'x' && check.measured > 0.5 && check.measured < 2
  return nearOne ? check.measured.toFixed(3) : formatNumber(check.measured)
}

/** Prints checks as: measured, target, margin, spec limit, margin, PASS/MISS (against the target). */
export function printChecks(title: string, list: readonly TargetCheck[]): void {
  const rows = list.map((check) => [
    check.label,
    `${measuredText(check)} ${check.unit}`,
    boundText(check.target, check.unit),
    formatRatio(margin(check.measured, check.target)),
    check.spec === undefined ? '-' : boundText(check.spec, check.unit),
    check.spec === undefined ? '-' : formatRatio(margin(check.measured, check.spec)),
    meets(check.measured, check.target) ? 'PASS' : 'MISS',
  ])
  printTable(title, ['check', 'measured', 'target', 'margin', 'spec limit', 'margin', 'mark'], rows)
}
