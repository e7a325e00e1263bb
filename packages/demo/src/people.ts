/** One demo row: the column set of the benchmark. */
export interface Person {
  id: number
  firstName: string
  lastName: string
  age: number
  visits: number
  status: 'relationship' | 'complicated' | 'single'
  progress: number
  createdAt: Date
}

const FIRST_NAMES = ['Ada', 'Alan', 'Amara', 'Anders', 'Bea', 'Carmen', 'Chidi', 'Dana', 'Elena']
  .concat(['Emeka', 'Farah', 'Greta', 'Hana', 'Hugo', 'Ines', 'Ivan', 'Joan', 'Kenji', 'Lena'])
  .concat(['Liam', 'Maria', 'Mateo', 'Nadia', 'Olga', 'Oscar', 'Priya', 'Rosa', 'Tariq', 'Zoe'])
const LAST_NAMES = ['Abara', 'Baker', 'Banerjee', 'Castillo', 'Chen', 'Dubois', 'Eriksson']
  .concat(['Fischer', 'Garcia', 'Haddad', 'Hansen', 'Kaur', 'Kowalski', 'Lopez', 'Meyer'])
  .concat(['Nakamura', 'Novak', 'Okafor', 'Petrov', 'Rossi', 'Santos', 'Silva', 'Tanaka', 'Xu'])
const STATUSES = ['relationship', 'complicated', 'single'] as const
const DAY_MS = 86_400_000
const EPOCH_2020 = Date.UTC(2020, 0, 1)

/** mulberry32: a tiny seeded PRNG, so every run shows the same table. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` people from `seed`; ids are 0..count-1 in data order. */
export function generatePeople(count: number, seed = 2026): Person[] {
  const random = seededRandom(seed)
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1))
  const pick = <T>(values: readonly T[]): T => values[int(0, values.length - 1)] as T
  return Array.from({ length: count }, (_, id) => ({
    id,
    firstName: pick(FIRST_NAMES),
    lastName: pick(LAST_NAMES),
    age: int(18, 90),
    visits: int(0, 1000),
    status: pick(STATUSES),
    progress: int(0, 100),
    createdAt: new Date(EPOCH_2020 + int(0, 6 * 365) * DAY_MS + int(0, DAY_MS - 1)),
  }))
}
