import { describe, expect, it } from 'vitest'
import { createKeyAccessor } from '../accessor'

describe('createKeyAccessor', () => {
  it('gives one reader per key, so a key always reads through the same code', () => {
    expect(createKeyAccessor('accessorTestKey')).toBe(createKeyAccessor('accessorTestKey'))
    expect(createKeyAccessor('accessorTestKey')).not.toBe(createKeyAccessor('accessorTestOther'))
  })

  it('reads every key right, also once more keys are in use than the readers have sites', () => {
    const keys = Array.from({ length: 40 }, (_, n) => `manyKeys${n}`)
    const row = Object.fromEntries(keys.map((key, n) => [key, n]))
    const readers = keys.map((key) => createKeyAccessor(key))
    expect(readers.map((read, n) => read(row, n))).toEqual(keys.map((_, n) => n))
    // Created again after the sites ran out, each key still reads its own property.
    expect(keys.map((key, n) => createKeyAccessor(key)(row, n))).toEqual(keys.map((_, n) => n))
  })

  it('yields undefined for a missing original and walks dotted paths', () => {
    expect(createKeyAccessor('name')(null, 0)).toBeUndefined()
    expect(createKeyAccessor('name')(undefined, 0)).toBeUndefined()
    expect(createKeyAccessor('a.b')({ a: { b: 2 } }, 0)).toBe(2)
    expect(createKeyAccessor('a.b')({ a: null }, 0)).toBeUndefined()
  })
})
