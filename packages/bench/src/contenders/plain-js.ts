import type { Person } from '../data/people.ts'
import type { FilterSpec, SortSpec, TableContender, TableHandle } from './table-contender.ts'

/**
 * Natural order for strings, case-insensitive, as the tables under test sort them: `numeric`
 * puts 'item2' before 'item10', `sensitivity: 'base'` ignores case and accents.
 */
export const naturalCollator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

type Compare = (a: Person, b: Person) => number

// One comparator per column with a static property read, as hand-written app code would be:
// a dynamic `a[id]` read or a wrapper loop per comparison would make the floor needlessly slow.
const ASCENDING: Record<SortSpec['id'], Compare> = {
  age: (a, b) => a.age - b.age,
  visits: (a, b) => a.visits - b.visits,
  firstName: (a, b) => naturalCollator.compare(a.firstName, b.firstName),
  lastName: (a, b) => naturalCollator.compare(a.lastName, b.lastName),
  createdAt: (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
  score: (a, b) => a.score - b.score,
  code: (a, b) => naturalCollator.compare(a.code, b.code),
  handle: (a, b) => naturalCollator.compare(a.handle, b.handle),
  joinedOn: (a, b) => a.joinedOn.getTime() - b.joinedOn.getTime(),
}

const DESCENDING: Record<SortSpec['id'], Compare> = {
  age: (a, b) => b.age - a.age,
  visits: (a, b) => b.visits - a.visits,
  firstName: (a, b) => naturalCollator.compare(b.firstName, a.firstName),
  lastName: (a, b) => naturalCollator.compare(b.lastName, a.lastName),
  createdAt: (a, b) => b.createdAt.getTime() - a.createdAt.getTime(),
  score: (a, b) => b.score - a.score,
  code: (a, b) => naturalCollator.compare(b.code, a.code),
  handle: (a, b) => naturalCollator.compare(b.handle, a.handle),
  joinedOn: (a, b) => b.joinedOn.getTime() - a.joinedOn.getTime(),
}

function comparatorFor(sorting: readonly SortSpec[]): Compare {
  const parts = sorting.map((entry) => (entry.desc ? DESCENDING : ASCENDING)[entry.id])
  const [only] = parts
  if (parts.length === 1 && only !== undefined) return only
  // Array.prototype.sort is stable, so ties keep data order as in the tables.
  return (a, b) => {
    for (const compare of parts) {
      const result = compare(a, b)
      if (result !== 0) return result
    }
    return 0
  }
}

type Predicate = (person: Person) => boolean

function filterPredicate(filter: FilterSpec): Predicate {
  const needle = filter.value.toLowerCase()
  // equalsString and includesString are case-insensitive in every contender.
  if (filter.id === 'status') return (person) => person.status.toLowerCase() === needle
  return (person) => person.firstName.toLowerCase().includes(needle)
}

function globalPredicate(value: string): Predicate {
  const needle = value.toLowerCase()
  // Every string or number column takes part; the Date column does not (as in the tables).
  return (person) =>
    String(person.id).includes(needle) ||
    person.firstName.toLowerCase().includes(needle) ||
    person.lastName.toLowerCase().includes(needle) ||
    String(person.age).includes(needle) ||
    String(person.visits).includes(needle) ||
    person.status.toLowerCase().includes(needle) ||
    String(person.progress).includes(needle) ||
    String(person.score).includes(needle) ||
    person.code.toLowerCase().includes(needle) ||
    person.handle.toLowerCase().includes(needle)
}

/**
 * The floor: `Array.prototype.filter` and `sort` on the raw objects, with each stage cached
 * until its input changes, so a page change only slices. No table can beat this by much.
 */
export const plainJs: TableContender = {
  name: 'plain-js',
  create(data, pageSize): TableHandle {
    let sorting: readonly SortSpec[] = []
    let filters: readonly FilterSpec[] = []
    let globalFilter = ''
    let pageIndex = 0
    let filtered: readonly Person[] | null = data
    let sorted: readonly Person[] | null = data
    let page: Person[] | null = null
    let selection: Record<string, boolean> = {}
    let selected = 0

    const getFiltered = (): readonly Person[] => {
      if (filtered !== null) return filtered
      const predicates = filters.map(filterPredicate)
      if (globalFilter !== '') predicates.push(globalPredicate(globalFilter))
      const [only] = predicates
      if (only === undefined) filtered = data
      else if (predicates.length === 1) filtered = data.filter(only)
      else filtered = data.filter((person) => predicates.every((predicate) => predicate(person)))
      return filtered
    }
    const getSorted = (): readonly Person[] => {
      if (sorted !== null) return sorted
      const rows = getFiltered()
      sorted = sorting.length === 0 ? rows : rows.slice().sort(comparatorFor(sorting))
      return sorted
    }
    const getPage = (): Person[] => {
      page ??= getSorted().slice(pageIndex * pageSize, (pageIndex + 1) * pageSize)
      return page
    }
    return {
      setSorting: (next) => {
        sorting = next
        sorted = page = null
      },
      setColumnFilters: (next) => {
        filters = next
        filtered = sorted = page = null
      },
      setGlobalFilter: (value) => {
        globalFilter = value
        filtered = sorted = page = null
      },
      setPageIndex: (next) => {
        pageIndex = next
        page = null
      },
      getRowModel: getPage,
      pageIds: () => getPage().map((person) => String(person.id)),
      filteredCount: () => getFiltered().length,
      toggleAllRowsSelected: (value) => {
        selection = {}
        selected = 0
        if (!value) return
        for (const person of getFiltered()) selection[String(person.id)] = true
        selected = getFiltered().length
      },
      selectedCount: () => selected,
    }
  },
}
