import type { ColumnDef, TableInstance } from '@gridkit/core'
import { seededRandom } from '../../../core/src/__tests__/seeded-random'

/** A row of the adapter tests' data. */
export interface Person {
  id: number
  name: string
  age: number
}

/** `count` seeded people; names repeat so sorting has ties. */
export function makePeople(count: number, seed = 7): Person[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, id) => ({
    id,
    name: `person${Math.floor(random() * Math.max(1, count / 2))}`,
    age: Math.floor(random() * 90),
  }))
}

/** Columns of {@link Person}. */
export const peopleColumns: ColumnDef<Person>[] = [
  { accessorKey: 'id' },
  { accessorKey: 'name' },
  { accessorKey: 'age' },
]

/** The visible rows as `id` cells, in order. */
export function TableBody({ table }: { table: TableInstance<Person> }) {
  return (
    <ul>
      {table.getRowModel().rows.map((row) => (
        <li key={row.id}>{String(row.getValue('id'))}</li>
      ))}
    </ul>
  )
}

/** A clock the test moves by hand (ms). */
export function manualClock(): { now: () => number; advance: (ms: number) => void } {
  let time = 0
  return {
    now: () => time,
    advance: (ms) => {
      time += ms
    },
  }
}
