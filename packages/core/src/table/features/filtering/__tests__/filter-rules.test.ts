import { describe, expect, it } from 'vitest'
import { seededRandom, randomInt } from '../../../../__tests__/seeded-random'
import { createTable } from '../../../factory/create-table'
import { caseInsensitiveIncludes, prepareBuiltInFilter } from '../filter-fns'

interface Paint {
  color: string | null
  size: number | string | null
  at?: Date
}

const paints: Paint[] = [
  { color: 'red', size: 1 },
  { color: 'blue', size: 5 },
  { color: 'green', size: null },
  { color: null, size: NaN },
  { color: 'Red', size: 'n/a' },
]

function keptColors(filter: { id: 'color' | 'size'; value: unknown }): (string | null)[] {
  const table = createTable<Paint>({
    data: paints,
    columns: [{ accessorKey: 'color' }, { accessorKey: 'size' }],
  })
  table.setColumnFilters([filter])
  return table.getFilteredRowModel().rows.map((row) => row.original.color)
}

describe("'is one of' (issue 9)", () => {
  it("'auto' with an array on a text column keeps the rows whose value is listed", () => {
    expect(keptColors({ id: 'color', value: ['red', 'blue'] })).toEqual(['red', 'blue'])
  })

  it('an empty list filters nothing', () => {
    expect(keptColors({ id: 'color', value: [] })).toEqual(paints.map((paint) => paint.color))
  })

  it("'auto' with an array on a numeric column is still a number range", () => {
    expect(keptColors({ id: 'size', value: [2, 9] })).toEqual(['blue'])
  })

  it('matches NaN, null and Dates by time, and is exact about case', () => {
    const test = prepareBuiltInFilter('isOneOf', [NaN, null, new Date(5), 'Red'])
    expect([NaN, null, new Date(5), 'Red', 'red', undefined, 5].map(test)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ])
  })
})

describe('inNumberRange bounds (issue 9)', () => {
  it('an unbounded range filters nothing, not even null, NaN or text rows', () => {
    expect(keptColors({ id: 'size', value: [undefined, undefined] })).toHaveLength(paints.length)
    expect(keptColors({ id: 'size', value: [null, ''] })).toHaveLength(paints.length)
  })

  it('blank bounds are unbounded: a bound of " " is not 0', () => {
    const range = prepareBuiltInFilter('inNumberRange', [' ', 3])
    expect(range(-50)).toBe(true)
    expect(range(4)).toBe(false)
    expect(prepareBuiltInFilter('inNumberRange', [' ', '\t'])('text')).toBe(true)
  })
})

describe('case-insensitive comparisons agree with comparing lower-cased strings (issue 9)', () => {
  it("equalsString('i̇stanbul') matches 'İstanbul'", () => {
    expect(prepareBuiltInFilter('equalsString', 'i̇stanbul')('İstanbul')).toBe(true)
    expect(prepareBuiltInFilter('equalsString', 'İstanbul')('i̇stanbul')).toBe(true)
  })

  it('includesString, equalsString and the global filter agree with toLowerCase on random text', () => {
    const random = seededRandom(11)
    // The Kelvin sign lower-cases to an ASCII 'k', 'İ' to two chars: the ASCII fast paths
    // must hand texts holding them to toLowerCase.
    const pieces = [
      'İ',
      'i̇',
      'i',
      'I',
      'K',
      'k',
      '\u212a',
      'ß',
      'SS',
      'Σ',
      'σ',
      'ς',
      'a',
      'A',
      'Z',
      'z',
      '@',
      '[',
      '`',
      '{',
      'Å',
      'é',
      '1',
      '.',
      ' ',
    ]
    const text = (): string =>
      Array.from(
        { length: randomInt(random, 0, 6) },
        () => pieces[randomInt(random, 0, pieces.length - 1)],
      ).join('')
    for (let round = 0; round < 4000; round++) {
      const value = text()
      const query = text()
      const includes = value.toLowerCase().includes(query.toLowerCase())
      expect(prepareBuiltInFilter('includesString', query)(value), `${value} ~ ${query}`).toBe(
        includes,
      )
      expect(caseInsensitiveIncludes(query)(value)).toBe(includes)
      expect(prepareBuiltInFilter('equalsString', query)(value)).toBe(
        value.toLowerCase() === query.toLowerCase(),
      )
    }
  })

  it("the ASCII fast paths' premises hold for every code point of this runtime", () => {
    // foldedIncludes / foldedEquals rely on these: no char lower-cases to fewer UTF-16 units,
    // and only 'İ' and the Kelvin sign lower-case to something holding an ASCII char.
    const shorter: number[] = []
    const toAscii: number[] = []
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const char = String.fromCodePoint(code)
      const lower = char.toLowerCase()
      if (lower.length < char.length) shorter.push(code)
      if (code > 0x7f && /[\x00-\x7f]/.test(lower)) toAscii.push(code)
    }
    expect(shorter).toEqual([])
    expect(toAscii).toEqual([0x130, 0x212a])
  })

  it('an ASCII query still matches texts whose non-ASCII chars lower-case to ASCII', () => {
    const kelvin = '\u212a'
    expect(prepareBuiltInFilter('equalsString', 'k')(kelvin)).toBe(true)
    expect(prepareBuiltInFilter('equalsString', 'KIT')(`${kelvin}it`)).toBe(true)
    expect(prepareBuiltInFilter('equalsString', 'kit')(`${kelvin}its`)).toBe(false)
    expect(prepareBuiltInFilter('includesString', 'k')(`ab${kelvin}`)).toBe(true)
    expect(prepareBuiltInFilter('includesString', 'bk')(`ab${kelvin}`)).toBe(true)
    expect(prepareBuiltInFilter('includesString', 'i')('İ')).toBe(true)
    expect(prepareBuiltInFilter('includesString', 'ix')('İx')).toBe(false)
  })

  it('data changed in place without setData: read by index within the last build, seen in full after setData', () => {
    const data = [{ name: 'ann' }, { name: 'bob' }]
    const table = createTable({ data, columns: [{ accessorKey: 'name' }] })
    table.getRowModel()
    data.push({ name: 'anna' })
    data[1] = { name: 'cat' }
    table.setColumnFilters([{ id: 'name', value: 'an' }])
    expect(table.getRowModel().rows.map((row) => row.original.name)).toEqual(['ann'])
    expect(table.getCoreRowModel().rows).toHaveLength(2)
    // Shrunk in place: the missing item reads as no value, nothing throws.
    data.length = 1
    table.setColumnFilters([{ id: 'name', value: 'bob' }])
    expect(table.getRowModel().rows).toEqual([])
    data.push({ name: 'anna' })
    table.setData(data)
    table.setColumnFilters([{ id: 'name', value: 'an' }])
    expect(table.getRowModel().rows.map((row) => row.original.name)).toEqual(['ann', 'anna'])
  })

  it('after setData (same row count, new order) and setColumns, filters read the new data', () => {
    const table = createTable({
      data: [{ name: 'ann' }, { name: 'bob' }, { name: 'cy' }],
      columns: [{ accessorKey: 'name' }],
    })
    table.setColumnFilters([{ id: 'name', value: 'ann' }])
    expect(table.getRowModel().rows.map((row) => row.original.name)).toEqual(['ann'])
    table.setData([{ name: 'bob' }, { name: 'cy' }, { name: 'ann' }])
    expect(table.getRowModel().rows.map((row) => [row.index, row.original.name])).toEqual([
      [2, 'ann'],
    ])
    table.setData([{ name: 'ann' }])
    expect(table.getRowModel().rows.map((row) => row.index)).toEqual([0])
    table.setData([{ name: 'x' }, { name: 'y' }, { name: 'ann' }, { name: 'ann' }])
    expect(table.getRowModel().rows.map((row) => row.index)).toEqual([2, 3])
    table.setColumns([{ id: 'name', accessorFn: (item) => item.name.toUpperCase() }])
    table.setColumnFilters([{ id: 'name', value: 'X' }])
    expect(table.getRowModel().rows.map((row) => row.index)).toEqual([0])
    table.setGlobalFilter('y')
    expect(table.getRowModel().rows).toEqual([])
  })

  it("accessors receive each row's own data item and index while filtering", () => {
    const seen: [string, number][] = []
    const EACH_ROW = [
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 3],
    ]
    const table = createTable({
      data: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }],
      columns: [
        {
          id: 'parity',
          accessorFn: (item: { name: string }, index: number) => {
            seen.push([item.name, index])
            return index % 2 === 0 ? 'even' : 'odd'
          },
        },
      ],
    })
    table.setColumnFilters([{ id: 'parity', value: 'odd' }])
    expect(table.getRowModel().rows.map((row) => row.original.name)).toEqual(['b', 'd'])
    expect(seen.slice(-4)).toEqual(EACH_ROW)
    table.setColumnFilters([])
    table.setGlobalFilter('even')
    expect(table.getRowModel().rows.map((row) => row.original.name)).toEqual(['a', 'c'])
    expect(seen.slice(-4)).toEqual(EACH_ROW)
  })

  it('the global filter finds İstanbul by i̇stanbul', () => {
    const table = createTable({
      data: [{ city: 'İstanbul' }, { city: 'Izmir' }],
      columns: [{ accessorKey: 'city' }],
    })
    table.setGlobalFilter('i̇stanbul')
    expect(table.getFilteredRowModel().rows.map((row) => row.original.city)).toEqual(['İstanbul'])
  })
})
