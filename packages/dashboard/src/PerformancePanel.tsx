import type { EnhancedPerformanceMonitor } from '@gridkit/core'
import { usePerformanceMetrics } from '@gridkit/react'
import { useState } from 'react'
import { DurationChart } from './DurationChart'
import { ExportButtons } from './ExportButtons'
import { MemoryCard } from './MemoryCard'
import { StatsTable } from './StatsTable'
import { useRecentSamples } from './useRecentSamples'
import { useViolations, ViolationFeed } from './ViolationFeed'

interface PerformancePanelProps {
  table: { metrics: EnhancedPerformanceMonitor }
  slow: boolean
  onSlowChange: (slow: boolean) => void
}

/** The live panel: stats, a chart with the budget line, violations, memory, exports, slow mode. */
export function PerformancePanel({ table, slow, onSlowChange }: PerformancePanelProps) {
  const monitor = table.metrics
  const stats = usePerformanceMetrics(table)
  const samples = useRecentSamples(monitor)
  const violations = useViolations(monitor)
  const [charted, setCharted] = useState('interaction')
  const names = [...new Set([charted, ...stats.map((s) => s.operation)])]
  return (
    <aside className="panel">
      <h2>Performance</h2>
      <label className="slow">
        <input
          id="slow"
          type="checkbox"
          checked={slow}
          onChange={(event) => onSlowChange(event.target.checked)}
        />
        Slow device (heavy cells, tight budgets)
      </label>
      <StatsTable stats={stats} />
      <div className="chart-head">
        Recent{' '}
        <select value={charted} onChange={(event) => setCharted(event.target.value)}>
          {names.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>{' '}
        durations (ms)
      </div>
      <DurationChart
        operation={charted}
        samples={samples.get(charted) ?? []}
        budgetMs={monitor.getBudget(charted)?.budgetMs}
      />
      <h3>Violations</h3>
      <ViolationFeed violations={violations} />
      <h3>Memory</h3>
      <MemoryCard monitor={monitor} />
      <h3>Export</h3>
      <ExportButtons monitor={monitor} />
    </aside>
  )
}
