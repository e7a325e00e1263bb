// Public API of @gridkit/core: explicit named exports only. Each section is owned by
// one module; vendor alert destinations live in their own subpath entries.

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
// `createTable` with the performance feature bound in; `@gridkit/core/table` has the light one
export { createTable } from './performance/integration/create-monitored-table'
export { createTableWith } from './table/factory/create-table'
export type { CreateTable } from './table/factory/create-table'
export type {
  TableFeatureInstaller,
  PreparedFeature,
  FeatureInstallContext,
} from './table/factory/feature-installer'
export { TableInstance } from './table/instance/TableInstance'
export type { HandedModel, TableObserver, RowModelStage } from './table/instance/observer'
export { Column } from './table/columns/Column'
export { Row } from './table/rows/Row'
export { BUILT_IN_SORTING_FNS } from './table/features/sorting/sorting-fns'
export { BUILT_IN_FILTER_FNS } from './table/features/filtering/filter-fns'
export type { ToggleSortingOptions } from './table/features/sorting/toggle-sorting'
// the table's type names are listed once, in table/types/index.ts
export type * from './table/types'

// performance: the subsystem's explicit export list lives in its own barrel
export * from './performance'
