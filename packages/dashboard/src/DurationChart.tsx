const WIDTH = 360
const HEIGHT = 120

interface DurationChartProps {
  operation: string
  samples: readonly number[]
  budgetMs: number | undefined
}

/** Bars of the recent durations of one operation with its budget as a red line. */
export function DurationChart({ operation, samples, budgetMs }: DurationChartProps) {
  const top = Math.max(1, budgetMs ?? 0, ...samples) * 1.1
  const barWidth = WIDTH / Math.max(samples.length, 1)
  const y = (ms: number): number => HEIGHT - (ms / top) * HEIGHT
  return (
    <svg
      className="chart"
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={`Recent ${operation} durations`}
    >
      {samples.map((ms, i) => (
        <rect
          key={i}
          x={i * barWidth + 1}
          y={y(ms)}
          width={Math.max(1, barWidth - 2)}
          height={HEIGHT - y(ms)}
          className={budgetMs !== undefined && ms > budgetMs ? 'bar over' : 'bar'}
        />
      ))}
      {budgetMs !== undefined && (
        <g data-testid="budget-line">
          <line x1={0} x2={WIDTH} y1={y(budgetMs)} y2={y(budgetMs)} className="budget" />
          <text x={4} y={y(budgetMs) - 4} className="budget-label">
            budget {budgetMs} ms
          </text>
        </g>
      )}
    </svg>
  )
}
