import { describe, expect, it } from 'vitest'
import { randomInt, seededRandom } from '../../../../__tests__/seeded-random'
import { TextKeys } from '../text-keys'

const reference = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

function sign(value: number): number {
  return value < 0 ? -1 : value > 0 ? 1 : 0
}

/** Key `k` of `keys` as a string. */
function keyAt(keys: TextKeys, k: number): string {
  const units = keys.chars.subarray(keys.starts[k], keys.starts[k + 1])
  let key = ''
  for (let at = 0; at < units.length; at += 4096)
    key += String.fromCharCode(...units.subarray(at, at + 4096))
  return key
}

/** The key of one text, written alone. */
function keyOf(text: string, natural: boolean, fold: boolean): string {
  const keys = new TextKeys()
  keys.add(text, natural, fold)
  return keyAt(keys, 0)
}

const natural = (text: string): string => keyOf(text, true, true)

function randomText(random: () => number): string {
  const parts: string[] = []
  const count = randomInt(random, 1, 4)
  for (let i = 0; i < count; i++) {
    if (random() < 0.5)
      parts.push('abcxyzABZ'.charAt(randomInt(random, 0, 8)).repeat(randomInt(random, 1, 2)))
    else if (random() < 0.2)
      parts.push('0'.repeat(randomInt(random, 0, 3)) + '9'.repeat(randomInt(random, 8, 12)))
    else parts.push(String(randomInt(random, 0, 5000)))
  }
  return parts.join('')
}

describe('TextKeys: sort keys written into one buffer', () => {
  it('orders digit runs by value', () => {
    expect(natural('item2') < natural('item10')).toBe(true)
    expect(natural('a9b') < natural('a10a')).toBe(true)
    expect(natural('x1') < natural('x1a')).toBe(true)
  })

  it('ignores leading zeros and orders runs of eight digits or more by length first', () => {
    expect(natural('v007')).toBe(natural('v7'))
    expect(natural('000')).toBe(natural('0'))
    expect(natural('n99999999') < natural('n100000000')).toBe(true)
    expect(natural('n1000000000') < natural('n1000000001')).toBe(true)
    expect(natural('n999999999') < natural('n1000000000')).toBe(true)
    // Run lengths with more decimal digits sort after: a 10-digit length after a 9-digit one.
    expect(natural('9'.repeat(99)) < natural('1' + '0'.repeat(99))).toBe(true)
    expect(natural('9'.repeat(999_999)) < natural('1' + '0'.repeat(999_999))).toBe(true)
  })

  it('folds case unless asked not to, through toLowerCase for non-ASCII texts', () => {
    expect(natural('ABC')).toBe('abc')
    expect(keyOf('ABC', true, false)).toBe('ABC')
    expect(keyOf('Zebra[@`{', false, true)).toBe('zebra[@`{')
    // The Kelvin sign lower-cases to ASCII 'k'; 'İ' to two code units.
    expect(keyOf('\u212Aelvin', false, true)).toBe('kelvin')
    expect(keyOf('İSTANBUL', false, true)).toBe('İSTANBUL'.toLowerCase())
    expect(keyOf('Émile ÅB', false, true)).toBe('émile åb')
    expect(keyOf('Émile', false, false)).toBe('Émile')
  })

  it('keeps every key intact as the buffers grow, and writes anew after reset', () => {
    const keys = new TextKeys()
    const texts = Array.from(
      { length: 3000 },
      (_, i) => `Row ${String(i).padStart(3, '0')} x${'y'.repeat(i % 7)}`,
    )
    for (const text of texts) keys.add(text, false, true)
    expect(keys.count).toBe(3000)
    texts.forEach((text, k) => {
      expect(keyAt(keys, k)).toBe(text.toLowerCase())
    })
    const bytes = keys.byteLength()
    expect(bytes).toBeGreaterThan(3000 * 2 * 8)
    keys.reset()
    keys.add('Again', false, false)
    expect(keys.count).toBe(1)
    expect(keyAt(keys, 0)).toBe('Again')
    expect(keys.byteLength()).toBe(bytes)
  })

  it('reserves room for keys longer than their texts (digit runs) across buffer growth', () => {
    const keys = new TextKeys()
    // '1a' becomes '11a': 1,500 units from 1,000, past the first 1,024-unit buffer.
    keys.add('1a'.repeat(500), true, true)
    keys.add('x' + '7b'.repeat(2000), true, true)
    expect(keyAt(keys, 0)).toBe('11a'.repeat(500))
    expect(keyAt(keys, 1)).toBe('x' + '17b'.repeat(2000))
  })

  it('drops a chars buffer larger than asked on trim, and keeps a smaller one', () => {
    const keys = new TextKeys()
    keys.add('abc'.repeat(1000), false, false)
    const held = keys.chars.length
    keys.trim(held)
    expect(keys.chars.length).toBe(held)
    keys.trim(held - 1)
    expect(keys.chars.length).toBe(0)
    keys.reset()
    keys.add('again', false, false)
    expect(keyAt(keys, 0)).toBe('again')
  })

  it('agrees with a numeric collator on seeded random ASCII strings', () => {
    const random = seededRandom(7)
    for (let i = 0; i < 4000; i++) {
      const a = randomText(random)
      const b = randomText(random)
      const ka = natural(a)
      const kb = natural(b)
      const ours = ka < kb ? -1 : ka > kb ? 1 : 0
      expect(ours, `${a} vs ${b}`).toBe(sign(reference.compare(a, b)))
    }
  })
})
