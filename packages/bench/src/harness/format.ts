/** A number with three significant digits (no exponent below 1e-3 or above 1e6). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  const abs = Math.abs(value)
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US')
  if (abs >= 100) return value.toFixed(0)
  if (abs >= 10) return value.toFixed(1)
  if (abs >= 1) return value.toFixed(2)
  if (abs >= 0.01) return value.toFixed(3)
  if (abs === 0) return '0'
  return value.toPrecision(3)
}

/** A duration given in ms, shown in the unit that keeps it readable (ns, µs, ms, s). */
export function formatDuration(ms: number): string {
  if (ms < 0.001) return `${formatNumber(ms * 1e6)} ns`
  if (ms < 1) return `${formatNumber(ms * 1e3)} µs`
  if (ms < 1000) return `${formatNumber(ms)} ms`
  return `${formatNumber(ms / 1000)} s`
}

/** A ratio such as a speed-up, e.g. `4.21x`. */
export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${formatNumber(ratio)}x` : 'n/a'
}

/** Prints an aligned text table: first column left-aligned, the rest right-aligned. */
export function printTable(
  title: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): void {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  )
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? cell.length
        return column === 0 ? cell.padEnd(width) : cell.padStart(width)
      })
      .join('  ')
  console.log(`\n${title}`)
  console.log(line(header))
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const row of rows) console.log(line(row))
}
