import {
  createTable,
  type MetricsOf,
  type TableFeatures,
  type TableInstance,
  type TableOptions,
} from '@gridkit/core'
import { performanceOptionChanged } from './performanceOptionChange'
import type { TableEntry } from './tableEntry'
import { useTableWith, type GridEnhancedTableHookOptions } from './useTableWith'

export type { GridEnhancedTableHookOptions } from './useTableWith'

const MONITORED: TableEntry = { createTable, performanceChanged: performanceOptionChanged }

/**
 * Creates a table for the component's lifetime and re-renders the component when the table's
 * state, data or columns change. Takes `createTable`'s options; a new `data` array calls
 * `setData`, new `columns` call `setColumns`. Returns a view of the table that is new after
 * each change (so memoization on it works), typed like `createTable`'s result.
 */
export function useGridEnhancedTable<TData, TFeatures extends TableFeatures = TableFeatures>(
  options: TableOptions<TData, TFeatures>,
  hookOptions?: GridEnhancedTableHookOptions,
): TableInstance<TData, MetricsOf<TFeatures>> {
  return useTableWith(MONITORED, options, hookOptions)
}
