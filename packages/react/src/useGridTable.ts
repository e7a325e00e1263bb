import {
  createTable,
  GridKitError,
  isGridKitError,
  type TableInstance,
  type TableOptions,
} from '@gridkit/core/table'
import type { TableEntry } from './tableEntry'
import { useTableWith, type GridEnhancedTableHookOptions } from './useTableWith'

/** `features.performance` asked of the hook without the monitor. */
function monitorNotIncluded(details?: Readonly<Record<string, unknown>>): GridKitError {
  return new GridKitError(
    'FEATURE_NOT_INCLUDED',
    "features.performance needs useGridEnhancedTable from '@gridkit/react', not useGridTable from '@gridkit/react/table'.",
    { option: 'features.performance', ...details },
  )
}

const LIGHT: TableEntry = {
  createTable: (options) => {
    try {
      return createTable(options)
    } catch (error) {
      if (isGridKitError(error, 'FEATURE_NOT_INCLUDED')) throw monitorNotIncluded(error.details)
      throw error
    }
  },
  performanceChanged: (tableId) => monitorNotIncluded({ tableId }),
}

/** The table's options without `features.performance` (the monitor is not in this entry). */
export type LightTableOptions<TData> = TableOptions<TData, { performance?: false }>

/**
 * `useGridEnhancedTable` without the performance monitor (`@gridkit/react/table`): the same
 * hook over `@gridkit/core/table`, so an app that never turns monitoring on does not bundle
 * it. `features.performance` is a type error, and at run time a `GridKitError`
 * (`FEATURE_NOT_INCLUDED`); `table.metrics` is `undefined`.
 */
export function useGridTable<TData>(
  options: LightTableOptions<TData>,
  hookOptions?: GridEnhancedTableHookOptions,
): TableInstance<TData, undefined> {
  return useTableWith<TData, { performance?: false }>(LIGHT, options, hookOptions)
}
