import { describe, expect, it } from 'vitest'
import { randomInt, seededRandom } from '../../../../__tests__/seeded-random'
import { createTable } from '../../../factory/create-table'
import type { ColumnDef } from '../../../types/column-def'
import { referenceOrder, type BuiltInName, type ReferenceSort } from './reference-order'

const NAMES: BuiltInName[] = [
  'auto',
  'alphanumeric',
  'alphanumericCaseSensitive',
  'text',
  'textCaseSensitive',
  'datetime',
  'basic',
]

const PIECES = ['a', 'A', 'b', 'B', 'z', 'é', 'É', 'ö', 'İ', 'i̇', 'ß', '~', ' ', '-', '_', 'item']

function randomText(random: () => number): string {
  let text = ''
  const parts = randomInt(random, 0, 4)
  for (let p = 0; p < parts; p++) {
    text +=
      random() < 0.4
        ? String(randomInt(random, 0, 120)).padStart(randomInt(random, 0, 3), '0')
        : (PIECES[randomInt(random, 0, PIECES.length - 1)] as string)
  }
  return text
}

const SPECIAL: unknown[] = [
  null,
  undefined,
  NaN,
  -0,
  0,
  Infinity,
  -Infinity,
  true,
  false,
  new Date(NaN),
  {},
  2n,
]

/** A value from a column "palette", so that columns repeat values (ties) and mix kinds. */
function randomValue(random: () => number, mix: number): unknown {
  const roll = random()
  if (roll < mix * 0.3) return SPECIAL[randomInt(random, 0, SPECIAL.length - 1)]
  if (roll < 0.45) return randomInt(random, -5, 5) + (random() < 0.3 ? 0.5 : 0)
  if (roll < 0.55) return new Date(Date.UTC(2020, 0, randomInt(random, 1, 5)))
  if (roll < 0.6) return randomInt(random, 1, 3) * 1e15 + random()
  return randomText(random)
}

describe('sorting matches the documented rules (seeded property test, issue 9)', () => {
  it('agrees with a plain reference comparator on 1,200 random tables of mixed columns', () => {
    const random = seededRandom(20260902)
    let columnsChecked = 0
    for (let round = 0; round < 1200; round++) {
      const rowCount = randomInt(random, 0, 40)
      const columnCount = randomInt(random, 1, 3)
      const mix = random()
      const data = Array.from({ length: rowCount }, () =>
        Array.from({ length: columnCount }, () => randomValue(random, mix)),
      )
      const sorts: ReferenceSort[] = []
      const columns: ColumnDef<unknown[]>[] = []
      for (let c = 0; c < columnCount; c++) {
        const name = NAMES[randomInt(random, 0, NAMES.length - 1)] as BuiltInName
        const missingFirst = random() < 0.3
        sorts.push({
          values: data.map((row) => row[c]),
          name,
          desc: random() < 0.5,
          missingFirst,
        })
        columns.push({
          id: `c${c}`,
          accessorFn: (row) => row[c],
          sortingFn: name,
          sortUndefined: missingFirst ? 'first' : 'last',
        })
      }
      const table = createTable({
        data,
        columns,
        initialState: { sorting: sorts.map((sort, c) => ({ id: `c${c}`, desc: sort.desc })) },
      })
      const actual = table.getSortedRowModel().rows.map((row) => row.index)
      const expected = referenceOrder(sorts, rowCount)
      if (actual.join() !== expected.join()) {
        // Print the failing case before the assertion so it can be reproduced.
        expect({ round, sorts, actual }).toEqual({ round, sorts, actual: expected })
      }
      columnsChecked += columnCount
    }
    expect(columnsChecked).toBeGreaterThanOrEqual(1200)
  })

  it('agrees with the reference on large columns (counting and 16-bit radix passes)', () => {
    const random = seededRandom(13)
    const generators: ((i: number) => unknown)[] = [
      () => randomInt(random, 18, 90),
      () => randomInt(random, -3_000_000, 3_000_000),
      () => (random() - 0.5) * 10 ** randomInt(random, -3, 12),
      () => new Date(Date.UTC(2000, 0, 1) + randomInt(random, 0, 10 ** 10)),
      (i) => `item${randomInt(random, 0, 20_000)}${i % 3 === 0 ? 'B' : 'b'}`,
      () => randomValue(random, 0.5),
      () => (random() < 0.1 ? null : randomInt(random, 0, 2 ** 40)),
      // Mostly distinct texts (no de-duplication) sharing a prefix, with non-ASCII chars
      // right after it (17-bit char packing).
      (i) =>
        `shared/sort/prefix/${i % 2 === 0 ? 'É' : 'é'}${randomText(random)}${randomInt(random, 0, 9000)}`,
      // Two packed prefixes only ('axxxxxx', 'bxxxxxx'): long runs finished by comparison.
      () => `${random() < 0.5 ? 'a' : 'b'}xxxxxx${randomText(random)}${randomInt(random, 0, 999)}`,
    ]
    for (let round = 0; round < 21; round++) {
      const rowCount = randomInt(random, 4096, 9000)
      const columnCount = randomInt(random, 1, 2)
      const picks = Array.from({ length: columnCount }, () =>
        randomInt(random, 0, generators.length - 1),
      )
      if (round < generators.length) picks[0] = round
      const data = Array.from({ length: rowCount }, (_, i) =>
        picks.map((pick) => (generators[pick] as (i: number) => unknown)(i)),
      )
      const sorts: ReferenceSort[] = picks.map((_, c) => ({
        values: data.map((row) => row[c]),
        name: NAMES[randomInt(random, 0, NAMES.length - 1)] as BuiltInName,
        desc: random() < 0.5,
        missingFirst: random() < 0.5,
      }))
      const table = createTable({
        data,
        columns: sorts.map((sort, c) => ({
          id: `c${c}`,
          accessorFn: (row: unknown[]) => row[c],
          sortingFn: sort.name,
          sortUndefined: sort.missingFirst ? ('first' as const) : ('last' as const),
        })),
        initialState: { sorting: sorts.map((sort, c) => ({ id: `c${c}`, desc: sort.desc })) },
      })
      const actual = table.getSortedRowModel().rows.map((row) => row.index)
      const expected = referenceOrder(sorts, rowCount)
      expect(actual.join() === expected.join(), `round ${round}`).toBe(true)
    }
  })

  it('a custom sortingFn sees only present values and keeps the missing ones at their end', () => {
    const random = seededRandom(7)
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: randomInt(random, 0, 30) }, () => randomValue(random, 1))
      const seen: unknown[] = []
      const key = (value: unknown): string => `${typeof value}:${String(value)}`
      const desc = random() < 0.5
      const missingFirst = random() < 0.5
      const table = createTable({
        data: values.map((value) => ({ value })),
        columns: [
          {
            accessorKey: 'value',
            sortUndefined: missingFirst ? 'first' : 'last',
            sortingFn: (a, b) => {
              seen.push(a.original.value, b.original.value)
              const x = key(a.original.value)
              const y = key(b.original.value)
              return x < y ? -1 : x > y ? 1 : 0
            },
          },
        ],
        initialState: { sorting: [{ id: 'value', desc }] },
      })
      const order = table.getSortedRowModel().rows.map((row) => row.index)
      const isMissing = (value: unknown): boolean =>
        value === null ||
        value === undefined ||
        (typeof value === 'number' && Number.isNaN(value)) ||
        (value instanceof Date && Number.isNaN(value.getTime()))
      expect(seen.filter(isMissing)).toEqual([])
      const expected = Array.from(values.keys()).sort((i, j) => {
        const mi = isMissing(values[i])
        const mj = isMissing(values[j])
        if (mi !== mj) return mi === missingFirst ? -1 : 1
        if (mi) return i - j
        const x = key(values[i])
        const y = key(values[j])
        const result = x < y ? -1 : x > y ? 1 : 0
        return result !== 0 ? (desc ? -result : result) : i - j
      })
      expect(order).toEqual(expected)
    }
  })
})
