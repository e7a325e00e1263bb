import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { Column } from '../columns/Column'
import { validateColumnFilters, validateGlobalFilter } from '../features/filtering/validate-filters'
import { validatePagination } from '../features/pagination/validate-pagination'
import { validateRowSelection } from '../features/selection/selection-updates'
import { validateSorting } from '../features/sorting/validate-sorting'
import type { TableState } from '../types/state'

/** Rows per page when the initial state does not say. */
export const DEFAULT_PAGE_SIZE = 10

/** The state of a new table with no `initialState`. */
export function defaultState(): TableState {
  return {
    sorting: [],
    columnFilters: [],
    globalFilter: '',
    pagination: { pageIndex: 0, pageSize: DEFAULT_PAGE_SIZE },
    rowSelection: {},
  }
}

/** Throws unless every slice of `state` is valid for `columnsById`. */
export function validateState<TData>(
  state: unknown,
  columnsById: ReadonlyMap<string, Column<TData>>,
): asserts state is TableState {
  if (typeof state !== 'object' || state === null) {
    throw new GridKitError(
      'INVALID_STATE',
      `Table state must be an object with sorting, columnFilters, globalFilter, pagination and rowSelection; got ${describeValue(state)}.`,
      { option: 'state' },
    )
  }
  const { sorting, columnFilters, globalFilter, pagination, rowSelection } = state as Partial<
    Record<keyof TableState, unknown>
  >
  validateSorting(sorting, columnsById)
  validateColumnFilters(columnFilters, columnsById)
  validateGlobalFilter(globalFilter)
  validatePagination(pagination)
  validateRowSelection(rowSelection)
}

/** The defaults overlaid with `initialState` (pagination merged key by key), validated. */
export function resolveInitialState<TData>(
  initialState: unknown,
  columnsById: ReadonlyMap<string, Column<TData>>,
): TableState {
  const defaults = defaultState()
  if (initialState === undefined) return defaults
  if (typeof initialState !== 'object' || initialState === null || Array.isArray(initialState)) {
    throw new GridKitError(
      'INVALID_OPTION',
      `Option "initialState" must be an object of state slices; got ${describeValue(initialState)}.`,
      { option: 'initialState' },
    )
  }
  const initial = initialState as Partial<TableState>
  const state = {
    ...defaults,
    ...initial,
    pagination: { ...defaults.pagination, ...initial.pagination },
  }
  validateState(state, columnsById)
  return state
}
