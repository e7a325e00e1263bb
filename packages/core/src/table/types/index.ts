export type {
  ColumnSort,
  SortingState,
  ColumnFilter,
  ColumnFiltersState,
  PaginationState,
  RowSelectionState,
  TableState,
  Updater,
} from './state'
export type { RowModel } from './row-model'
export type {
  BuiltInSortingFn,
  BuiltInFilterFn,
  SortingFn,
  FilterFn,
  ColumnMeta,
  DeepKeys,
  ColumnDefBase,
  AccessorKeyColumnDef,
  AccessorFnColumnDef,
  ColumnDef,
} from './column-def'
export type { MetricsOf, TableFeatures, TableOptions } from './options'
