import type { FilterSpec, SortSpec } from '../contenders/table-contender.ts'
import { INITIAL_STATE, type TableDriver, type TableStateSpec } from '../contenders/table-driver.ts'

/** Rows per page in every scenario. */
export const PAGE_SIZE = 50

/**
 * Which of issue 13's targets a scenario is held to: `keySort` (<= 0.4x the floor, >= 10x
 * faster than TanStack 9), `distinctSort` (<= 0.7x), `multiSort` (<= 0.6x), `filter`
 * (<= 1.2x), `filterSortPage` (<= 0.5x), or none.
 */
export type ScenarioTarget = 'keySort' | 'distinctSort' | 'multiSort' | 'filter' | 'filterSortPage'

/** A timed step on a live table, with its untimed set-up and a correctness signature. */
export interface TableScenario {
  name: string
  /** The target it is checked against, if any. */
  target?: ScenarioTarget
  /** Also run at 1M rows (sorts, whose targets hold at 1M too); the rest run up to 100k. */
  atMillion?: boolean
  /** Calls `run` makes itself, for steps too short for the clock (the sample is divided). */
  callsPerRun?: number
  prepare(driver: TableDriver): void
  run(driver: TableDriver): void
  /** What every contender must agree on after `run` (row count and first page of ids). */
  signature(driver: TableDriver): string
}

const STATUS_SINGLE: FilterSpec = { id: 'status', value: 'single' }
const FIRST_NAME_AN: FilterSpec = { id: 'firstName', value: 'an' }
const BY_AGE: SortSpec = { id: 'age', desc: false }
const BY_AGE_DESC: SortSpec = { id: 'age', desc: true }
const BY_SCORE: SortSpec = { id: 'score', desc: false }
const BY_CREATED_AT: SortSpec = { id: 'createdAt', desc: false }
const BY_CODE: SortSpec = { id: 'code', desc: false }
const BY_HANDLE: SortSpec = { id: 'handle', desc: false }
const BY_JOINED_ON: SortSpec = { id: 'joinedOn', desc: false }
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
  target: ScenarioTarget | undefined,
  from: Partial<TableStateSpec>,
  to: Partial<TableStateSpec>,
): TableScenario {
  return {
    name,
    ...(target === undefined ? {} : { target }),
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

/** A sort from the unsorted table, run at every size. */
function sortScenario(name: string, target: ScenarioTarget, sorting: SortSpec[]): TableScenario {
  return { ...stateChange(name, target, {}, { sorting }), atMillion: true }
}

/** Every scenario after the two creation ones, in the order the issues list them. */
export const TABLE_SCENARIOS: readonly TableScenario[] = [
  sortScenario('sort integer (age asc)', 'keySort', [BY_AGE]),
  sortScenario('sort float (score asc)', 'keySort', [BY_SCORE]),
  sortScenario('sort Date (createdAt asc)', 'keySort', [BY_CREATED_AT]),
  sortScenario('sort low-cardinality string desc (lastName)', 'keySort', [BY_LAST_NAME_DESC]),
  sortScenario('sort natural-order codes (code asc)', 'keySort', [BY_CODE]),
  sortScenario('sort nearly-distinct strings (handle asc)', 'distinctSort', [BY_HANDLE]),
  sortScenario('sort multi-column (joinedOn asc, age desc)', 'multiSort', [
    BY_JOINED_ON,
    BY_AGE_DESC,
  ]),
  stateChange('filter equalsString (status)', 'filter', {}, { filters: [STATUS_SINGLE] }),
  stateChange('filter includesString (firstName)', 'filter', {}, { filters: [FIRST_NAME_AN] }),
  stateChange('global filter ("an")', 'filter', {}, { globalFilter: 'an' }),
  stateChange('filter + sort + page', 'filterSortPage', {}, FILTERED_SORTED_PAGE_3),
  {
    ...stateChange(
      'page change alone',
      undefined,
      { ...FILTERED_SORTED_PAGE_3, pageIndex: 0 },
      {
        pageIndex: 1,
      },
    ),
  },
  {
    name: 'memo hit (getRowModel)',
    callsPerRun: 1000,
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
