import type { BudgetViolation, EnhancedPerformanceMonitor } from '@gridkit/core'
import { useEffect, useState } from 'react'

/** Violations shown at most, newest first. */
const FEED_LENGTH = 20

/** The monitor's violations as they happen, newest first (delivered by the monitor's event). */
export function useViolations(monitor: EnhancedPerformanceMonitor | undefined): BudgetViolation[] {
  const [violations, setViolations] = useState<BudgetViolation[]>([])
  useEffect(() => {
    if (monitor === undefined) return
    return monitor.on('budgetViolation', (violation) => {
      // The monitor calls this inside the work it measured: show it after that work.
      setTimeout(() => {
        setViolations((list) => [violation, ...list].slice(0, FEED_LENGTH))
      }, 0)
    })
  }, [monitor])
  return violations
}

/** One violation with its interaction breakdown when it has one. */
function ViolationItem({ violation }: { violation: BudgetViolation }) {
  const { attribution } = violation
  return (
    <li className={`violation ${violation.severity}`} data-operation={violation.operation}>
      <strong>{violation.operation}</strong> {violation.actual.toFixed(1)} ms over{' '}
      {violation.budget} ms ({violation.severity})
      {violation.rowCount !== undefined && (
        <> on {violation.rowCount.toLocaleString('en-US')} rows</>
      )}
      {attribution !== undefined && (
        <div className="breakdown" data-testid="breakdown">
          <div>{attribution.message}</div>
          <div>
            input delay {attribution.inputDelayMs.toFixed(0)} ms · processing{' '}
            {attribution.processingDurationMs.toFixed(0)} ms · presentation{' '}
            {attribution.presentationDelayMs.toFixed(0)} ms
          </div>
          <ul>
            {attribution.operations.map((op) => (
              <li key={`${op.tableId ?? ''}:${op.operation}`}>
                {op.operation} {op.durationMs.toFixed(1)} ms
                {op.tableId !== undefined && ` (${op.tableId})`}
              </li>
            ))}
            {attribution.scripts.slice(0, 3).map((script, i) => (
              <li key={`script-${i}`} className="script">
                script {script.invoker} {script.durationMs.toFixed(0)} ms
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  )
}

/** The feed of recent violations. */
export function ViolationFeed({ violations }: { violations: readonly BudgetViolation[] }) {
  if (violations.length === 0) return <p className="empty">No violations yet.</p>
  return (
    <ol className="feed" data-testid="violations">
      {violations.map((violation, i) => (
        <ViolationItem key={`${violation.timestamp}-${i}`} violation={violation} />
      ))}
    </ol>
  )
}
