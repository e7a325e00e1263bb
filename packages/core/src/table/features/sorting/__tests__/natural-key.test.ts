import { describe, expect, it } from 'vitest'
import { randomInt, seededRandom } from '../../../../__tests__/seeded-random'
import { naturalKey } from '../natural-key'

const reference = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

function sign(value: number): number {
  return value < 0 ? -1 : value > 0 ? 1 : 0
}

function randomText(random: () => number): string {
  const parts: string[] = []
  const count = randomInt(random, 1, 4)
  for (let i = 0; i < count; i++) {
    if (random() < 0.5)
      parts.push('abcxyz'.charAt(randomInt(random, 0, 5)).repeat(randomInt(random, 1, 2)))
    else parts.push(String(randomInt(random, 0, 5000)))
  }
  return parts.join('')
}

describe('naturalKey', () => {
  it('orders digit runs by value', () => {
    expect(naturalKey('item2', false) < naturalKey('item10', false)).toBe(true)
    expect(naturalKey('a9b', false) < naturalKey('a10a', false)).toBe(true)
    expect(naturalKey('x1', false) < naturalKey('x1a', false)).toBe(true)
  })

  it('ignores leading zeros and orders runs longer than eight digits', () => {
    expect(naturalKey('v007', false)).toBe(naturalKey('v7', false))
    expect(naturalKey('n99999999', false) < naturalKey('n100000000', false)).toBe(true)
    expect(naturalKey('n1000000000', false) < naturalKey('n1000000001', false)).toBe(true)
    expect(naturalKey('000', false)).toBe(naturalKey('0', false))
  })

  it('folds case unless case-sensitive', () => {
    expect(naturalKey('ABC', false)).toBe('abc')
    expect(naturalKey('ABC', true)).toBe('ABC')
  })

  it('agrees with a numeric collator on seeded random ASCII strings', () => {
    const random = seededRandom(7)
    for (let i = 0; i < 2000; i++) {
      const a = randomText(random)
      const b = randomText(random)
      const ka = naturalKey(a, false)
      const kb = naturalKey(b, false)
      const ours = ka < kb ? -1 : ka > kb ? 1 : 0
      expect(ours, `${a} vs ${b}`).toBe(sign(reference.compare(a, b)))
    }
  })
})
