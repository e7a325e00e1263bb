import {
  createTable,
  GridKitError,
  isGridKitError,
  type CreateTable,
  type TableInstance,
  type TableOptions,
} from '@gridkit/core/table'
import { useTableWith, type GridEnhancedTableHookOptions } from './useTableWith'

/** `@gridkit/core/table`'s createTable, whose refusal of `features.performance` names the hooks. */
const createLightTable: CreateTable = (options) => {
  try {
    return createTable(options)
  } catch (error) {
    if (!isGridKitError(error, 'FEATURE_NOT_INCLUDED')) throw error
    const option = error.details?.option
    const name = typeof option === 'string' ? option : 'features.performance'
    throw new GridKitError(
      'FEATURE_NOT_INCLUDED',
      `${name} needs useGridEnhancedTable from '@gridkit/react', not useGridTable from '@gridkit/react/table'.`,
      error.details,
    )
  }
}

/**
 * `useGridEnhancedTable` without the performance monitor (`@gridkit/react/table`): the same
 * hook over `@gridkit/core/table`, so an app that never turns monitoring on does not bundle
 * it. `features.performance` throws a `GridKitError` (`FEATURE_NOT_INCLUDED`).
 */
export function useGridTable<TData>(
  options: TableOptions<TData>,
  hookOptions?: GridEnhancedTableHookOptions,
): TableInstance<TData> {
  return useTableWith(createLightTable, options, hookOptions)
}
