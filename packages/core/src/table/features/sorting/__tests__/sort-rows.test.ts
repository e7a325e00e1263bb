import { describe, expect, it } from 'vitest'
import { randomInt, seededRandom } from '../../../../__tests__/seeded-random'
import { createTable } from '../../../factory/create-table'
import type { ColumnDef } from '../../../types/column-def'
import type { SortingState } from '../../../types/state'

interface Item {
  name: string | null | undefined
  n: number | null | undefined
  at: Date | undefined
  group: string
}

function item(partial: Partial<Item>): Item {
  return { name: 'x', n: 0, at: undefined, group: 'g', ...partial }
}

function sortedNames(
  data: Item[],
  sorting: SortingState,
  columns: ColumnDef<Item>[] = [
    { accessorKey: 'name' },
    { accessorKey: 'n' },
    { accessorKey: 'at' },
    { accessorKey: 'group' },
  ],
): (string | null | undefined)[] {
  const table = createTable({ data, columns, initialState: { sorting } })
  return table.getSortedRowModel().rows.map((row) => row.original.name)
}

describe('auto sorting', () => {
  it('puts strings in natural, case-insensitive order', () => {
    const data = ['item10', 'item2', 'Item1', 'item1b'].map((name) => item({ name }))
    expect(sortedNames(data, [{ id: 'name', desc: false }])).toEqual([
      'Item1',
      'item1b',
      'item2',
      'item10',
    ])
    expect(sortedNames(data, [{ id: 'name', desc: true }])).toEqual([
      'item10',
      'item2',
      'item1b',
      'Item1',
    ])
  })

  it('orders numbers numerically, not as text', () => {
    const data = [10, 9, 100, -1, 2.5].map((n) => item({ n, name: String(n) }))
    expect(sortedNames(data, [{ id: 'n', desc: false }])).toEqual(['-1', '2.5', '9', '10', '100'])
    expect(sortedNames(data, [{ id: 'n', desc: true }])).toEqual(['100', '10', '9', '2.5', '-1'])
  })

  it('orders Dates chronologically', () => {
    const data = [
      item({ name: 'b', at: new Date('2024-03-01') }),
      item({ name: 'a', at: new Date('1999-12-31') }),
      item({ name: 'c', at: new Date('2024-03-02') }),
    ]
    expect(sortedNames(data, [{ id: 'at', desc: false }])).toEqual(['a', 'b', 'c'])
  })

  it('keeps data order for ties in both directions (stable)', () => {
    const data = ['t1', 't2', 't3', 't4'].map((name, i) => item({ name, n: i % 2 }))
    expect(sortedNames(data, [{ id: 'n', desc: false }])).toEqual(['t1', 't3', 't2', 't4'])
    expect(sortedNames(data, [{ id: 'n', desc: true }])).toEqual(['t2', 't4', 't1', 't3'])
  })

  it('sorts by several columns, most significant first', () => {
    const data = [
      item({ name: 'a', group: 'y', n: 2 }),
      item({ name: 'b', group: 'x', n: 1 }),
      item({ name: 'c', group: 'y', n: 1 }),
      item({ name: 'd', group: 'x', n: 2 }),
    ]
    expect(
      sortedNames(data, [
        { id: 'group', desc: false },
        { id: 'n', desc: true },
      ]),
    ).toEqual(['d', 'b', 'a', 'c'])
  })

  it('matches a reference multi-column sort on seeded random data', () => {
    const random = seededRandom(42)
    const data = Array.from({ length: 500 }, (_, i) =>
      item({ name: `r${i}`, group: `g${randomInt(random, 0, 4)}`, n: randomInt(random, 0, 9) }),
    )
    const expected = data
      .map((row, index) => ({ row, index }))
      .sort(
        (a, b) =>
          a.row.group.localeCompare(b.row.group) ||
          (b.row.n ?? 0) - (a.row.n ?? 0) ||
          a.index - b.index,
      )
      .map(({ row }) => row.name)
    expect(
      sortedNames(data, [
        { id: 'group', desc: false },
        { id: 'n', desc: true },
      ]),
    ).toEqual(expected)
  })

  it('matches a stable reference sort of seeded integers, fractions and huge spans, both directions', () => {
    const random = seededRandom(11)
    const datasets: (number | null)[][] = [
      Array.from({ length: 300 }, () => randomInt(random, -20, 20)),
      Array.from({ length: 300 }, () => (random() < 0.1 ? null : randomInt(random, 0, 9))),
      Array.from({ length: 300 }, () => randomInt(random, 0, 50) / 4),
      Array.from({ length: 300 }, () => randomInt(random, 0, 3) * 2 ** 51),
    ]
    for (const values of datasets) {
      const data = values.map((n, i) => item({ n, name: `r${i}` }))
      for (const desc of [false, true]) {
        const expected = data
          .map((row, index) => ({ row, index }))
          .sort((a, b) => {
            const x = a.row.n
            const y = b.row.n
            if (x === null || x === undefined || y === null || y === undefined) {
              return (x == null ? 1 : 0) - (y == null ? 1 : 0) || a.index - b.index
            }
            return (desc ? y - x : x - y) || a.index - b.index
          })
          .map(({ row }) => row.name)
        expect(sortedNames(data, [{ id: 'n', desc }])).toEqual(expected)
      }
    }
  })

  it('puts null, undefined and NaN last in both directions', () => {
    const data = [
      item({ name: 'null', n: null }),
      item({ name: 'one', n: 1 }),
      item({ name: 'undef', n: undefined }),
      item({ name: 'nan', n: NaN }),
      item({ name: 'two', n: 2 }),
    ]
    expect(sortedNames(data, [{ id: 'n', desc: false }])).toEqual([
      'one',
      'two',
      'null',
      'undef',
      'nan',
    ])
    expect(sortedNames(data, [{ id: 'n', desc: true }])).toEqual([
      'two',
      'one',
      'null',
      'undef',
      'nan',
    ])
  })

  it('puts missing values first when sortUndefined is "first", also in a multi-column sort', () => {
    const columns: ColumnDef<Item>[] = [
      { accessorKey: 'name', sortUndefined: 'first' },
      { accessorKey: 'group' },
    ]
    const data = [
      item({ name: 'b', group: 'x' }),
      item({ name: null, group: 'x' }),
      item({ name: 'a', group: 'x' }),
      item({ name: undefined, group: 'w' }),
    ]
    const names = (sorting: SortingState) =>
      sortedNames(data, sorting, columns).map((name) => String(name))
    expect(names([{ id: 'name', desc: true }])).toEqual(['null', 'undefined', 'b', 'a'])
    expect(
      names([
        { id: 'group', desc: false },
        { id: 'name', desc: false },
      ]),
    ).toEqual(['undefined', 'null', 'a', 'b'])
  })

  it('puts missing values last in a multi-column sort by default', () => {
    const data = [
      item({ name: 'm', n: null }),
      item({ name: 'k', n: 3 }),
      item({ name: 'j', n: 1 }),
    ]
    expect(
      sortedNames(data, [
        { id: 'group', desc: false },
        { id: 'n', desc: true },
      ]),
    ).toEqual(['k', 'j', 'm'])
  })
})

describe('named and custom sorting functions', () => {
  const data = ['b10', 'B2', 'a1', 'A1'].map((name) => item({ name }))
  const byName = (sortingFn: ColumnDef<Item>['sortingFn']) =>
    sortedNames(data, [{ id: 'name', desc: false }], [{ accessorKey: 'name', sortingFn }])

  it('alphanumeric is natural and case-insensitive', () => {
    expect(byName('alphanumeric')).toEqual(['a1', 'A1', 'B2', 'b10'])
  })

  it('alphanumericCaseSensitive is natural and puts capitals first', () => {
    expect(byName('alphanumericCaseSensitive')).toEqual(['A1', 'B2', 'a1', 'b10'])
  })

  it('text is case-insensitive character order', () => {
    expect(byName('text')).toEqual(['a1', 'A1', 'b10', 'B2'])
  })

  it('textCaseSensitive is plain character order', () => {
    expect(byName('textCaseSensitive')).toEqual(['A1', 'B2', 'a1', 'b10'])
  })

  it('basic compares numbers as numbers and anything else as text', () => {
    const numbers = [3, 20, 1].map((n) => item({ n, name: String(n) }))
    expect(
      sortedNames(numbers, [{ id: 'n', desc: false }], [{ accessorKey: 'n', sortingFn: 'basic' }]),
    ).toEqual(['1', '3', '20'])
    expect(byName('basic')).toEqual(['A1', 'B2', 'a1', 'b10'])
  })

  it('datetime orders Dates and treats other values as missing', () => {
    const rows = [
      item({ name: 'late', at: new Date(2000) }),
      item({ name: 'none', at: undefined }),
      item({ name: 'early', at: new Date(1000) }),
    ]
    expect(
      sortedNames(
        rows,
        [{ id: 'at', desc: false }],
        [{ accessorKey: 'at', sortingFn: 'datetime' }],
      ),
    ).toEqual(['early', 'late', 'none'])
  })

  it('a custom function compares rows and is reversed for descending', () => {
    const columns: ColumnDef<Item>[] = [
      {
        id: 'length',
        accessorFn: (row) => row.name,
        sortingFn: (a, b, columnId) =>
          String(a.getValue(columnId)).length - String(b.getValue(columnId)).length,
      },
    ]
    const rows = ['ccc', 'a', 'bb'].map((name) => item({ name }))
    expect(sortedNames(rows, [{ id: 'length', desc: false }], columns)).toEqual(['a', 'bb', 'ccc'])
    expect(sortedNames(rows, [{ id: 'length', desc: true }], columns)).toEqual(['ccc', 'bb', 'a'])
  })

  it('a custom function never sees missing values, which stay last', () => {
    const seen: unknown[] = []
    const columns: ColumnDef<Item>[] = [
      {
        accessorKey: 'name',
        sortingFn: (a, b) => {
          seen.push(a.original.name, b.original.name)
          return String(a.original.name).localeCompare(String(b.original.name))
        },
      },
    ]
    const rows = [item({ name: 'b' }), item({ name: null }), item({ name: 'a' })]
    expect(sortedNames(rows, [{ id: 'name', desc: true }], columns)).toEqual(['b', 'a', null])
    expect(seen).not.toContain(null)
  })

  it('orders non-ASCII text by code units by default, and by the locale option when given', () => {
    const rows = ['zeta', 'émile', 'eve', 'Ezra'].map((name) => item({ name }))
    expect(sortedNames(rows, [{ id: 'name', desc: false }])).toEqual([
      'eve',
      'Ezra',
      'zeta',
      'émile',
    ])
    const inLocale = (desc: boolean) =>
      createTable({
        data: rows,
        columns: [{ accessorKey: 'name' }],
        locale: 'en',
        initialState: { sorting: [{ id: 'name', desc }] },
      })
        .getSortedRowModel()
        .rows.map((row) => row.original.name)
    expect(inLocale(false)).toEqual(['émile', 'eve', 'Ezra', 'zeta'])
    expect(inLocale(true)).toEqual(['zeta', 'Ezra', 'eve', 'émile'])
  })

  it('ranks repeated non-ASCII values under a locale, keeping data order for ties', () => {
    const rows = ['zed', 'Öz', 'apple', 'öz', 'zed', 'apple', 'apple', 'zed'].map((name, i) =>
      item({ name, group: `${name}#${i}` }),
    )
    const columns: ColumnDef<Item>[] = [{ accessorKey: 'group' }, { accessorKey: 'name' }]
    const table = (desc: boolean) =>
      createTable({
        data: rows,
        columns,
        locale: 'de',
        initialState: { sorting: [{ id: 'name', desc }] },
      })
        .getSortedRowModel()
        .rows.map((row) => row.original.group)
    expect(table(false)).toEqual([
      'apple#2',
      'apple#5',
      'apple#6',
      'Öz#1',
      'öz#3',
      'zed#0',
      'zed#4',
      'zed#7',
    ])
    expect(table(true)).toEqual([
      'zed#0',
      'zed#4',
      'zed#7',
      'Öz#1',
      'öz#3',
      'apple#2',
      'apple#5',
      'apple#6',
    ])
  })

  it('sorts Dates chronologically and booleans as 0/1 under a text sortingFn; invalid Dates are missing', () => {
    const rows = [
      item({ name: 'late', at: new Date(Date.UTC(2024, 0, 1)) }),
      item({ name: 'invalid', at: new Date(NaN) }),
      item({ name: 'early', at: new Date(Date.UTC(1990, 0, 1)) }),
    ]
    expect(
      sortedNames(rows, [{ id: 'at', desc: false }], [{ accessorKey: 'at', sortingFn: 'text' }]),
    ).toEqual(['early', 'late', 'invalid'])
    const flags = [true, false, true].map((flag, i) => ({ ...item({ name: `f${i}` }), flag }))
    const flagTable = createTable({
      data: flags,
      columns: [{ accessorKey: 'flag', sortingFn: 'textCaseSensitive' }],
      initialState: { sorting: [{ id: 'flag', desc: false }] },
    })
    expect(flagTable.getSortedRowModel().rows.map((row) => row.original.name)).toEqual([
      'f1',
      'f0',
      'f2',
    ])
  })

  it('sorts numbers before strings in a mixed column', () => {
    const rows = [
      item({ name: 'b', n: 10 }),
      item({ name: 'a', n: 9 }),
      { ...item({ name: 'c' }), n: 'x' as unknown as number },
    ]
    expect(sortedNames(rows, [{ id: 'n', desc: false }])).toEqual(['a', 'b', 'c'])
  })
})
