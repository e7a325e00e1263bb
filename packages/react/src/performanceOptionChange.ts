import { GridKitError } from '@gridkit/core'

/**
 * The error for a changed `features.performance` in `useGridEnhancedTable`: a table's monitor
 * is built once, and a second one built silently would split its statistics and alerts in two.
 */
export function performanceOptionChanged(tableId: string): GridKitError {
  return new GridKitError(
    'INVALID_PERFORMANCE_OPTION',
    `useGridEnhancedTable (table "${tableId}"): features.performance changed after the table was created. ` +
      'Its monitor is built once; change budgets with table.metrics.setBudgets(...), or give the ' +
      'component a new React `key` to build a new table with the new options.',
    { option: 'features.performance', tableId },
  )
}
