import { describe, expect, it } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import type { TableOptions } from '../../types/options'
import { createTable } from '../create-table'

interface Item {
  a: number
}

const columns = [{ accessorKey: 'a' as const }]

function expectError(options: unknown, code: string, ...fragments: string[]): void {
  let caught: unknown
  try {
    createTable(options as TableOptions<Item>)
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(GridKitError)
  expect((caught as GridKitError).code).toBe(code)
  for (const fragment of fragments) expect((caught as GridKitError).message).toContain(fragment)
}

describe('createTable', () => {
  it('numbers tables table-1, table-2, ... unless an id is given', () => {
    const first = createTable<Item>({ data: [], columns })
    const second = createTable<Item>({ data: [], columns })
    const firstNumber = Number(first.id.replace('table-', ''))
    expect(first.id).toMatch(/^table-\d+$/)
    expect(second.id).toBe(`table-${firstNumber + 1}`)
    expect(createTable<Item>({ data: [], columns, id: 'orders' }).id).toBe('orders')
  })

  it('applies initialState over the defaults, merging pagination', () => {
    const table = createTable({
      data: [{ a: 1 }],
      columns,
      initialState: { pagination: { pageIndex: 0, pageSize: 25 }, globalFilter: 'x' },
    })
    expect(table.getState()).toEqual({
      sorting: [],
      columnFilters: [],
      globalFilter: 'x',
      pagination: { pageIndex: 0, pageSize: 25 },
      rowSelection: {},
    })
  })

  it('accepts the performance feature turned off, without its code', () => {
    expect(createTable<Item>({ data: [], columns, features: { performance: false } }).id).toMatch(
      /^table-/,
    )
    expect(createTable<Item>({ data: [], columns, features: {} }).metrics).toBeUndefined()
  })

  it('uses getRowId for row ids', () => {
    const table = createTable({ data: [{ a: 7 }], columns, getRowId: (row) => `id-${row.a}` })
    expect(table.getCoreRowModel().rows[0]?.id).toBe('id-7')
    expect(table.getRow('id-7')?.original).toEqual({ a: 7 })
  })
})

describe('createTable bad input', () => {
  it('options that are not an object', () => {
    expectError(null, 'INVALID_OPTION', 'options object')
  })

  it('data that is not an array', () => {
    expectError({ data: { a: 1 }, columns }, 'INVALID_DATA', '"data"', 'array')
    expectError({ data: 'rows', columns }, 'INVALID_DATA', '"data"', '"rows"')
  })

  it('callbacks that are not functions', () => {
    expectError({ data: [], columns, getRowId: 'id' }, 'INVALID_OPTION', '"getRowId"', 'function')
    expectError({ data: [], columns, onError: 1 }, 'INVALID_OPTION', '"onError"')
    expectError({ data: [], columns, onStateChange: {} }, 'INVALID_OPTION', '"onStateChange"')
  })

  it('features that are not an object, or unknown feature keys', () => {
    expectError({ data: [], columns, features: [] }, 'INVALID_OPTION', '"features"', 'performance')
    expectError(
      { data: [], columns, features: { sparkles: true } },
      'INVALID_OPTION',
      '"sparkles"',
      'known features: performance',
    )
  })

  it('the performance feature turned on: not included in the light createTable', () => {
    for (const performance of [true, { enabled: true }, { budgets: [] }]) {
      expectError(
        { data: [], columns, features: { performance } },
        'FEATURE_NOT_INCLUDED',
        'features.performance',
        "needs createTable from '@gridkit/core'",
      )
    }
  })

  it('a bad table id', () => {
    expectError({ data: [], columns, id: '' }, 'INVALID_OPTION', '"id"', 'non-empty string')
  })

  it('a bad initialState', () => {
    expectError({ data: [], columns, initialState: 5 }, 'INVALID_OPTION', '"initialState"')
    expectError(
      { data: [], columns, initialState: { pagination: { pageIndex: 0, pageSize: 0 } } },
      'INVALID_STATE',
      '"pageSize"',
      'positive integer',
    )
    expectError(
      { data: [], columns, initialState: { sorting: [{ id: 'zzz', desc: false }] } },
      'UNKNOWN_COLUMN',
      '"zzz"',
      'known columns: a',
    )
  })
})
