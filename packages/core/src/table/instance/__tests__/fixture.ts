import { createTable } from '../../factory/create-table'
import type { ColumnDef } from '../../types/column-def'
import type { TableOptions } from '../../types/options'

/** A test row. */
export interface Person {
  id: number
  name: string
  age: number
  status: string
}

/** `count` people with ids 0..count-1; names p0, p1, ...; ages cycle 20..29. */
export function people(count: number): Person[] {
  return Array.from({ length: count }, (_, id) => ({
    id,
    name: `p${id}`,
    age: 20 + (id % 10),
    status: id % 3 === 0 ? 'single' : 'married',
  }))
}

/** The columns of {@link Person}. */
export const personColumns: ColumnDef<Person>[] = [
  { accessorKey: 'id' },
  { accessorKey: 'name' },
  { accessorKey: 'age' },
  { accessorKey: 'status', filterFn: 'equalsString' },
]

/** A table of `count` people with row ids from `person.id`. */
export function personTable(count: number, options: Partial<TableOptions<Person>> = {}) {
  return createTable<Person>({
    data: people(count),
    columns: personColumns,
    getRowId: (person) => String(person.id),
    ...options,
  })
}

/** Ids of the current page. */
export function pageIds(table: ReturnType<typeof personTable>): string[] {
  return table.getRowModel().rows.map((row) => row.id)
}
