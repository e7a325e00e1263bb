import { describe, expect, it } from 'vitest'
import { randomInt, seededRandom } from '../../../../__tests__/seeded-random'
import { createTable } from '../../../factory/create-table'
import type { ColumnDef } from '../../../types/column-def'

interface Person {
  name: string
  city: string
  age: number
  secret: string
  tags: string[]
  joined: Date
}

const people: Person[] = [
  { name: 'Ann', city: 'Oslo', age: 31, secret: 'zeta', tags: ['a'], joined: new Date(0) },
  { name: 'Bob', city: 'Lima', age: 45, secret: 'anna', tags: ['b'], joined: new Date(1) },
  { name: 'Dana', city: 'Paris', age: 27, secret: 'x', tags: ['a', 'b'], joined: new Date(2) },
  { name: 'Eve', city: 'Annecy', age: 310, secret: 'y', tags: [], joined: new Date(3) },
]

const columns: ColumnDef<Person>[] = [
  { accessorKey: 'name' },
  { accessorKey: 'city', enableGlobalFilter: false },
  { accessorKey: 'age' },
  { accessorKey: 'secret', enableFiltering: false },
  { accessorKey: 'tags', filterFn: 'arrIncludes' },
  { accessorKey: 'joined' },
]

function names(table: ReturnType<typeof createTable<Person>>): string[] {
  return table.getFilteredRowModel().rows.map((row) => row.original.name)
}

describe('column filters', () => {
  it('auto uses includesString for strings and every filter must pass', () => {
    const table = createTable({ data: people, columns })
    table.setColumnFilter('name', 'AN')
    expect(names(table)).toEqual(['Ann', 'Dana'])
    table.setColumnFilter('age', [30, 40])
    expect(names(table)).toEqual(['Ann'])
  })

  it('uses the column filterFn by name', () => {
    const table = createTable({ data: people, columns })
    table.setColumnFilter('tags', 'b')
    expect(names(table)).toEqual(['Bob', 'Dana'])
  })

  it('uses a custom filter function with the row, column id and value', () => {
    const table = createTable({
      data: people,
      columns: [
        {
          accessorKey: 'age',
          filterFn: (row, columnId, value) =>
            (row.getValue(columnId) as number) > (value as number),
        },
      ],
    })
    table.setColumnFilter('age', 40)
    expect(table.getFilteredRowModel().rows.map((row) => row.original.name)).toEqual(['Bob', 'Eve'])
  })

  it('matches a reference filter on seeded random data', () => {
    const random = seededRandom(3)
    const data = Array.from({ length: 400 }, (_, i) => ({
      name: `n${i}`,
      city: ['Oslo', 'Lima', 'Paris'][randomInt(random, 0, 2)] ?? '',
      age: randomInt(random, 0, 99),
      secret: '',
      tags: [],
      joined: new Date(0),
    }))
    const table = createTable({ data, columns })
    table.setColumnFilters([
      { id: 'city', value: 'li' },
      { id: 'age', value: [20, 50] },
    ])
    const expected = data
      .filter((p) => p.city.toLowerCase().includes('li') && p.age >= 20 && p.age <= 50)
      .map((p) => p.name)
    expect(names(table)).toEqual(expected)
  })
})

describe('global filter', () => {
  it('matches a case-insensitive substring of string and number values of filterable columns', () => {
    const table = createTable({ data: people, columns })
    table.setGlobalFilter('AN')
    // Ann and Dana by name; Bob's "anna" is in a column with enableFiltering: false;
    // Eve's "Annecy" is in a column with enableGlobalFilter: false.
    expect(names(table)).toEqual(['Ann', 'Dana'])
    table.setGlobalFilter('31')
    expect(names(table)).toEqual(['Ann', 'Eve'])
  })

  it('ignores Dates and arrays, and combines with column filters', () => {
    const table = createTable({ data: people, columns })
    table.setGlobalFilter('1970')
    expect(names(table)).toEqual([])
    table.setGlobalFilter('a')
    table.setColumnFilter('age', [0, 30])
    expect(names(table)).toEqual(['Dana'])
  })
})
