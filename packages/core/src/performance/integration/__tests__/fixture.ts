import type { ColumnDef } from '../../../table/types/column-def'

/** A row of the integration tests' data. */
export interface Item {
  id: number
  name: string
  value: number
  group: string
}

/** `count` seeded rows; names are shuffled so sorting does real work. */
export function generateData(count: number): Item[] {
  let seed = 12345
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return seed / 4294967296
  }
  return Array.from({ length: count }, (_, id) => ({
    id,
    name: `item${Math.floor(random() * count)}`,
    value: Math.floor(random() * 1000),
    group: ['a', 'b', 'c'][id % 3] ?? 'a',
  }))
}

/** The columns of {@link Item}. */
export const columns: ColumnDef<Item>[] = [
  { accessorKey: 'id' },
  { accessorKey: 'name' },
  { accessorKey: 'value' },
  { accessorKey: 'group', filterFn: 'equalsString' },
]

/** A clock that advances `step` ms on every read. */
export function steppingClock(step: number): () => number {
  let t = 0
  return () => (t += step)
}
