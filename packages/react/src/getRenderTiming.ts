import type { RenderTiming } from './renderTiming'
import type { RenderStormCause } from './renderStorm'
import { findTableSource } from './TableSource'

/**
 * The last update of a table returned by `useGridEnhancedTable`, through to React's commit:
 * total, table work (`rowModelBuild`) and React's share, in ms. Undefined before the first
 * update, and always without `features.performance`.
 */
export function getRenderTiming(table: object): RenderTiming | undefined {
  return findTableSource(table)?.timer?.last
}

/** Re-render storms the hook saw for a table, by cause (zeros for a table it did not create). */
export function getRenderStormCounts(table: object): Readonly<Record<RenderStormCause, number>> {
  return (
    findTableSource(table)?.storms.counts ?? {
      data: 0,
      columns: 0,
      tableChangeDuringRender: 0,
      setStateDuringRender: 0,
    }
  )
}
