import type { OperationMetrics } from '@gridkit/core'

/** How the panel prints a duration: ms with two decimals (the e2e test formats the same way). */
export function formatMs(value: number): string {
  return value.toFixed(2)
}

/** Count and percentiles of each operation, as `usePerformanceMetrics` last read them. */
export function StatsTable({ stats }: { stats: readonly OperationMetrics[] }) {
  return (
    <table className="stats">
      <thead>
        <tr>
          <th>Operation</th>
          <th>Count</th>
          <th>p50 ms</th>
          <th>p95 ms</th>
          <th>p99 ms</th>
        </tr>
      </thead>
      <tbody>
        {stats.map((s) => (
          <tr key={s.operation} data-operation={s.operation}>
            <td>{s.operation}</td>
            <td data-field="count">{s.count}</td>
            <td data-field="p50">{formatMs(s.p50)}</td>
            <td data-field="p95">{formatMs(s.p95)}</td>
            <td data-field="p99">{formatMs(s.p99)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
