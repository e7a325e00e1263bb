import type { FilterSpec, SortSpec } from '../contenders/table-contender.ts'
import { INITIAL_STATE, type TableDriver, type TableStateSpec } from '../contenders/table-driver.ts'

/** Rows per page in every scenario. */
export const PAGE_SIZE = 50

/** A timed step on a live table, with its untimed set-up and a correctness signature. */
export interface TableScenario {
  name: string
  /** Held to the sorting/filtering targets (issue 2: >= 4x TanStack 9, <= 3x the floor). */
  sortOrFilter: boolean
  /** Calls `run` makes itself, for steps too short for the clock (the sample is divided). */
  callsPerRun?: number
  /** Cheap enough to take 11 timed rounds even at 1M rows, where noise hurts short steps most. */
  cheap?: boolean
  prepare(driver: TableDriver): void
  run(driver: TableDriver): void
  /** What every contender must agree on after `run` (row count and first page of ids). */
  signature(driver: TableDriver): string
}

const STATUS_SINGLE: FilterSpec = { id: 'status', value: 'single' }
const FIRST_NAME_AN: FilterSpec = { id: 'firstName', value: 'an' }
const BY_AGE: SortSpec = { id: 'age', desc: false }
const BY_LAST_NAME_DESC: SortSpec = { id: 'lastName', desc: true }
const BY_LAST_NAME: SortSpec = { id: 'lastName', desc: false }

/** The state of the filter + sort + page scenario, also the base of page change and memo hit. */
const FILTERED_SORTED_PAGE_3: Partial<TableStateSpec> = {
  filters: [STATUS_SINGLE],
  sorting: [BY_LAST_NAME],
  pageIndex: 3,
}

function pageSignature(driver: TableDriver): string {
  return `${driver.handle.filteredCount()} rows, page [${driver.handle.pageIds().join(',')}]`
}

/** From `from` (built, untimed) to `to` (set and built, timed). */
function stateChange(
  name: string,
  sortOrFilter: boolean,
  from: Partial<TableStateSpec>,
  to: Partial<TableStateSpec>,
): TableScenario {
  return {
    name,
    sortOrFilter,
    prepare: (driver) => {
      driver.apply({ ...INITIAL_STATE, ...from })
      driver.handle.getRowModel()
    },
    run: (driver) => {
      driver.apply(to)
      driver.handle.getRowModel()
    },
    signature: pageSignature,
  }
}

/** Every scenario after "create + core model", in the order the issue lists them. */
export const TABLE_SCENARIOS: readonly TableScenario[] = [
  stateChange('sort number (age asc)', true, {}, { sorting: [BY_AGE] }),
  stateChange('sort string desc (lastName)', true, {}, { sorting: [BY_LAST_NAME_DESC] }),
  stateChange('filter equalsString (status)', true, {}, { filters: [STATUS_SINGLE] }),
  stateChange('filter includesString (firstName)', true, {}, { filters: [FIRST_NAME_AN] }),
  stateChange('global filter ("an")', true, {}, { globalFilter: 'an' }),
  stateChange('filter + sort + page', true, {}, FILTERED_SORTED_PAGE_3),
  {
    ...stateChange(
      'page change alone',
      false,
      { ...FILTERED_SORTED_PAGE_3, pageIndex: 0 },
      {
        pageIndex: 1,
      },
    ),
    cheap: true,
  },
  {
    name: 'memo hit (getRowModel)',
    sortOrFilter: false,
    callsPerRun: 1000,
    cheap: true,
    prepare: (driver) => {
      driver.apply({ ...INITIAL_STATE, ...FILTERED_SORTED_PAGE_3 })
      driver.handle.getRowModel()
    },
    run: (driver) => {
      const { handle } = driver
      for (let call = 0; call < 1000; call++) handle.getRowModel()
    },
    signature: pageSignature,
  },
  {
    name: 'toggle all selected',
    sortOrFilter: false,
    prepare: (driver) => {
      driver.apply(INITIAL_STATE)
      driver.handle.getRowModel()
      driver.handle.toggleAllRowsSelected(false)
    },
    run: (driver) => {
      driver.handle.toggleAllRowsSelected(true)
    },
    signature: (driver) => `${driver.handle.selectedCount()} selected`,
  },
]
