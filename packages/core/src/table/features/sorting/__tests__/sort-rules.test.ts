import { afterEach, describe, expect, it, vi } from 'vitest'
import { GridKitError } from '../../../../errors/GridKitError'
import { createTable } from '../../../factory/create-table'
import type { ColumnDef } from '../../../types/column-def'

type Cell = { v: unknown }

function sorted(
  values: unknown[],
  desc: boolean,
  column: Partial<ColumnDef<Cell>> = {},
  locale?: string,
): unknown[] {
  const table = createTable<Cell>({
    data: values.map((v) => ({ v })),
    columns: [{ ...column, accessorKey: 'v' } as ColumnDef<Cell>],
    initialState: { sorting: [{ id: 'v', desc }] },
    ...(locale === undefined ? {} : { locale }),
  })
  return table.getSortedRowModel().rows.map((row) => row.original.v)
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('numbers in mixed columns (issue 9)', () => {
  it('compares numbers as numbers when the column also holds text; text follows them ascending', () => {
    const values = [1.5, 1.25, -1, -2, 10, 'n/a']
    expect(sorted(values, false)).toEqual([-2, -1, 1.25, 1.5, 10, 'n/a'])
    expect(sorted(values, true)).toEqual(['n/a', 10, 1.5, 1.25, -1, -2])
  })

  it('keeps missing values last in both directions in a mixed column', () => {
    const values = [null, 'b', 2, undefined, 'a', NaN, 1]
    expect(sorted(values, false)).toEqual([1, 2, 'a', 'b', null, undefined, NaN])
    expect(sorted(values, true)).toEqual(['b', 'a', 2, 1, null, undefined, NaN])
  })
})

describe('custom sortingFn (issue 9)', () => {
  it('never receives invalid Dates', () => {
    const seen: unknown[] = []
    const values = [new Date(3), new Date(NaN), new Date(1), new Date('nope')]
    const order = sorted(values, false, {
      sortingFn: (a, b) => {
        seen.push(a.original.v, b.original.v)
        return (a.original.v as Date).getTime() - (b.original.v as Date).getTime()
      },
    })
    expect(seen.every((value) => !Number.isNaN((value as Date).getTime()))).toBe(true)
    expect(seen.length).toBeGreaterThan(0)
    expect(order.map((value) => (value as Date).getTime())).toEqual([1, 3, NaN, NaN])
  })
})

describe('the order of two values depends on nothing else (issue 9)', () => {
  it('alphanumericCaseSensitive keeps A B a b whether or not the column holds non-ASCII text', () => {
    const column = { sortingFn: 'alphanumericCaseSensitive' } as const
    expect(sorted(['b', 'A', 'a', 'B'], false, column)).toEqual(['A', 'B', 'a', 'b'])
    expect(sorted(['b', 'A', 'a', 'B', 'é'], false, column)).toEqual(['A', 'B', 'a', 'b', 'é'])
  })

  it("'~x' stays after 'a' whether or not the column holds non-ASCII text", () => {
    expect(sorted(['~x', 'a'], false)).toEqual(['a', '~x'])
    expect(sorted(['~x', 'a', 'é'], false)).toEqual(['a', '~x', 'é'])
  })

  it('does not follow the runtime default locale: no collator unless the locale option is set', () => {
    const collator = vi.spyOn(Intl, 'Collator')
    expect(sorted(['zebra', 'öl', 'apple', 'ost'], false)).toEqual(['apple', 'ost', 'zebra', 'öl'])
    expect(collator).not.toHaveBeenCalled()
  })

  it('the locale option opts into that locale’s order', () => {
    const words = ['zebra', 'öl', 'apple', 'ost']
    expect(sorted(words, false, {}, 'en-US')).toEqual(['apple', 'öl', 'ost', 'zebra'])
    expect(sorted(words, false, {}, 'sv-SE')).toEqual(['apple', 'ost', 'zebra', 'öl'])
    expect(sorted(['item10', 'item9'], false, {}, 'en')).toEqual(['item9', 'item10'])
  })

  it('rejects a locale that is not a BCP 47 tag', () => {
    let error: unknown
    try {
      createTable<Cell>({ data: [], columns: [{ accessorKey: 'v' }], locale: 'not a locale!' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(GridKitError)
    expect((error as GridKitError).code).toBe('INVALID_OPTION')
    expect((error as GridKitError).message).toContain('"locale"')
  })
})
