// Entry `@gridkit/core/table`: the table alone, without the performance monitor (issue 13,
// "Bundle"). Its `createTable` has no feature bound: `features.performance` throws
// FEATURE_NOT_INCLUDED. `@gridkit/core` exports the same names with the monitor available.

// errors
export { GridKitError, isGridKitError } from './errors/GridKitError'
export type { GridKitErrorCode } from './errors/GridKitError'

// events
export type {
  TableEventMap,
  TableEventType,
  TableEvent,
  TableEventHandler,
  Unsubscribe,
} from './events/types'

// table
export { createTable, createTableWith } from './table/factory/create-table'
export type { CreateTable } from './table/factory/create-table'
export type {
  TableFeatureInstaller,
  PreparedFeature,
  FeatureInstallContext,
} from './table/factory/feature-installer'
export { TableInstance } from './table/instance/TableInstance'
export type { TableObserver, RowModelStage } from './table/instance/observer'
export { Column } from './table/columns/Column'
export { Row } from './table/rows/Row'
export { BUILT_IN_SORTING_FNS } from './table/features/sorting/sorting-fns'
export { BUILT_IN_FILTER_FNS } from './table/features/filtering/filter-fns'
export type { ToggleSortingOptions } from './table/features/sorting/toggle-sorting'
export type * from './table/types'
