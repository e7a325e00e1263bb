import { describe, expect, it } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { createTable } from '../../factory/create-table'
import type { ColumnDef } from '../../types/column-def'

interface Person {
  name: string
  address: { city: string; geo: { lat: number } | null }
}

const data: Person[] = [
  { name: 'Ann', address: { city: 'Oslo', geo: { lat: 59.9 } } },
  { name: 'Bob', address: { city: 'Lima', geo: null } },
]

function expectError(run: () => unknown, code: string, ...fragments: string[]): void {
  let caught: unknown
  try {
    run()
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(GridKitError)
  const error = caught as GridKitError
  expect(error.code).toBe(code)
  for (const fragment of fragments) expect(error.message).toContain(fragment)
}

function tableWith(columns: unknown) {
  return () => createTable({ data, columns: columns as ColumnDef<Person>[] })
}

describe('columns', () => {
  it('reads dot paths, yielding undefined through a missing step', () => {
    const table = createTable({
      data,
      columns: [{ accessorKey: 'address.city' }, { accessorKey: 'address.geo.lat', header: 'Lat' }],
    })
    const [ann, bob] = table.getCoreRowModel().rows
    expect(ann?.getValue('address.city')).toBe('Oslo')
    expect(ann?.getValue('address.geo.lat')).toBe(59.9)
    expect(bob?.getValue('address.geo.lat')).toBeUndefined()
    expect(table.getColumn('address.geo.lat')?.header).toBe('Lat')
    expect(table.getColumn('address.city')?.header).toBe('address.city')
  })

  it('computes values with accessorFn and the given id, receiving the data index', () => {
    const table = createTable({
      data,
      columns: [{ id: 'label', accessorFn: (row, index) => `${index}:${row.name}` }],
    })
    expect(table.getCoreRowModel().rows.map((row) => row.getValue('label'))).toEqual([
      '0:Ann',
      '1:Bob',
    ])
  })

  it('lets id override the accessorKey id and carries meta', () => {
    const table = createTable({
      data,
      columns: [{ accessorKey: 'name', id: 'who', meta: { width: 120 } }],
    })
    expect(table.getAllColumns().map((column) => column.id)).toEqual(['who'])
    expect(table.getColumn('who')?.meta).toEqual({ width: 120 })
  })
})

describe('bad column definitions', () => {
  it('no columns', () => {
    expectError(tableWith(undefined), 'INVALID_OPTION', '"columns"', 'non-empty array')
    expectError(tableWith([]), 'INVALID_OPTION', '"columns"', 'an empty array')
  })

  it('a definition that is not an object', () => {
    expectError(tableWith([null]), 'INVALID_COLUMN', 'columns[0]', 'column definition object')
  })

  it('duplicate column ids', () => {
    expectError(
      tableWith([{ accessorKey: 'name' }, { accessorKey: 'name' }]),
      'DUPLICATE_COLUMN_ID',
      '"name"',
      'unique',
    )
  })

  it('accessorFn without id', () => {
    expectError(tableWith([{ accessorFn: () => 1 }]), 'INVALID_COLUMN', 'columns[0]', '"id"')
  })

  it('neither accessorKey nor accessorFn, or both, or bad types', () => {
    expectError(tableWith([{ header: 'x' }]), 'INVALID_COLUMN', 'accessorKey')
    expectError(
      tableWith([{ id: 'x', accessorKey: 'name', accessorFn: () => 1 }]),
      'INVALID_COLUMN',
      'not both',
    )
    expectError(tableWith([{ id: 'x', accessorFn: 3 }]), 'INVALID_COLUMN', '"accessorFn"')
    expectError(tableWith([{ id: '', accessorKey: 'name' }]), 'INVALID_COLUMN', '"id"')
  })

  it('unknown sortingFn or filterFn names list what is accepted', () => {
    expectError(
      tableWith([{ accessorKey: 'name', sortingFn: 'fuzzy' }]),
      'UNKNOWN_SORTING_FN',
      'columns[0].sortingFn',
      "'alphanumeric'",
    )
    expectError(
      tableWith([{ accessorKey: 'name', filterFn: 'fuzzy' }]),
      'UNKNOWN_FILTER_FN',
      'columns[0].filterFn',
      "'includesString'",
    )
    expectError(tableWith([{ accessorKey: 'name', filterFn: 5 }]), 'UNKNOWN_FILTER_FN', 'filterFn')
  })

  it('a bad sortUndefined', () => {
    expectError(
      tableWith([{ accessorKey: 'name', sortUndefined: 'middle' }]),
      'INVALID_COLUMN',
      'sortUndefined',
      "'first' or 'last'",
    )
  })
})
