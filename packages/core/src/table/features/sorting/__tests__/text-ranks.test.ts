import { describe, expect, it } from 'vitest'
import { randomInt, seededRandom } from '../../../../__tests__/seeded-random'
import { SortScratch } from '../sort-scratch'
import { TextKeys } from '../text-keys'
import { textRanks } from '../text-ranks'

/** Ranks of `keys` written verbatim (no folding, no digit runs) into one buffer. */
function ranksOf(keys: readonly string[]): number[] {
  const written = new TextKeys()
  for (const key of keys) written.add(key, false, false)
  return Array.from(textRanks(written, new SortScratch()))
}

/** Dense ranks the plain way: sort the distinct keys with `<`, rank by position. */
function referenceRanks(keys: readonly string[]): number[] {
  const distinct = [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const rankOf = new Map(distinct.map((key, rank) => [key, rank]))
  return keys.map((key) => rankOf.get(key) as number)
}

// 'a~\u007fz': ASCII windows whose chars reach U+007F, the last one packed at 7 bits.
const ALPHABETS = ['ab', 'abcxyz09', 'aé\u{1F600}Z~', '\u0000\u007e\u007f\u0080\uffff', 'a~\u007fz']

describe('textRanks: dense ranks in `<` order without a comparator sort', () => {
  it('matches the reference on seeded random keys (duplicates, shared prefixes, any UTF-16)', () => {
    const random = seededRandom(31)
    for (let round = 0; round < 300; round++) {
      const alphabet = ALPHABETS[randomInt(random, 0, ALPHABETS.length - 1)] as string
      const prefix = random() < 0.5 ? 'shared/prefix/' : ''
      const pool = Array.from({ length: randomInt(random, 1, 400) }, () => {
        let key = prefix
        const length = randomInt(random, 0, 14)
        for (let i = 0; i < length; i++)
          key += alphabet.charAt(randomInt(random, 0, alphabet.length - 1))
        return key
      })
      const keys = Array.from(
        { length: randomInt(random, 1, 600) },
        () => pool[randomInt(random, 0, pool.length - 1)] as string,
      )
      const ranks = ranksOf(keys)
      expect(ranks, `round ${String(round)}`).toEqual(referenceRanks(keys))
    }
  })

  it('matches the reference when a few keys break the prefix the others share', () => {
    // Outliers: empty, a proper prefix of the shared prefix, a lower or higher char inside it.
    const OUTLIERS = ['', 'cat', 'catalog/', 'catalog/ia', 'catalog/iz', 'box', '~', 'catalog/it']
    const random = seededRandom(47)
    for (let round = 0; round < 200; round++) {
      const shared = 'catalog/items/'
      const keys = Array.from({ length: randomInt(random, 20, 500) }, () => {
        if (random() < 0.05) return OUTLIERS[randomInt(random, 0, OUTLIERS.length - 1)] as string
        let key = shared
        const length = randomInt(random, 0, 12)
        for (let i = 0; i < length; i++) key += 'ab/é9'.charAt(randomInt(random, 0, 4))
        return key
      })
      const ranks = ranksOf(keys)
      expect(ranks, `round ${String(round)}`).toEqual(referenceRanks(keys))
    }
  })

  it('handles no keys, one key, and keys that are all equal', () => {
    expect(ranksOf([])).toEqual([])
    expect(ranksOf(['x'])).toEqual([0])
    expect(ranksOf(['same', 'same', 'same'])).toEqual([0, 0, 0])
  })
})
