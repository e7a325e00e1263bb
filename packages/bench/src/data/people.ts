import { createSeededRandom, type SeededRandom } from './seeded-random.ts'

/** The three relationship statuses, as in TanStack's own demo data. */
export const STATUSES = ['relationship', 'complicated', 'single'] as const

/** One benchmark row: the column set the issue fixes (issue 2, "Speed"). */
export interface Person {
  id: number
  firstName: string
  lastName: string
  age: number
  visits: number
  status: (typeof STATUSES)[number]
  progress: number
  createdAt: Date
  /** A float in [0, 1000): the float-key sort (issue 13). */
  score: number
  /** `'item' + n`: codes whose natural order differs from their character order (issue 13). */
  code: string
  /** Eight letters, nearly all distinct: the nearly-distinct string sort (issue 13). */
  handle: string
  /** A day (midnight UTC) in 2020-2025, many rows per day: the Date key of the multi-column sort. */
  joinedOn: Date
}

// Letters only and a capital first letter: natural order, TanStack's 'text' order and a
// base-sensitivity collator all agree on these, so every contender must produce the same page.
// prettier-ignore
const FIRST_NAMES = [
  'Ada', 'Alan', 'Amara', 'Anders', 'Ann', 'Aurelio', 'Bea', 'Bjorn', 'Carmen', 'Chidi', 'Dana',
  'Dmitri', 'Elena', 'Emeka', 'Farah', 'Frank', 'Greta', 'Hana', 'Hugo', 'Ines', 'Ivan', 'Jana',
  'Joan', 'Kenji', 'Lena', 'Liam', 'Maria', 'Mateo', 'Nadia', 'Noor', 'Olga', 'Oscar', 'Priya',
  'Quinn', 'Rosa', 'Ruben', 'Sanna', 'Tariq', 'Uma', 'Viktor', 'Wanda', 'Yusuf', 'Zoe',
] as const

// prettier-ignore
const LAST_NAMES = [
  'Abara', 'Andersen', 'Baker', 'Banerjee', 'Becker', 'Castillo', 'Chen', 'Costa', 'Dubois',
  'Eriksson', 'Fischer', 'Garcia', 'Gonzalez', 'Haddad', 'Hansen', 'Ivanova', 'Jansen', 'Kaur',
  'Kowalski', 'Larsen', 'Lopez', 'Mancini', 'Meyer', 'Moreau', 'Nakamura', 'Novak', 'Okafor',
  'Olsen', 'Petrov', 'Quispe', 'Rossi', 'Santos', 'Schmidt', 'Silva', 'Tanaka', 'Tran', 'Usman',
  'Varga', 'Wagner', 'Weber', 'Xu', 'Yamada', 'Zhang', 'Zielinski',
] as const

const DAY_MS = 86_400_000
const EPOCH_2020 = Date.UTC(2020, 0, 1)

const LOWER_A = 97
const UPPER_A = 65

/** A capital then seven lower-case letters: 26^8 values, so nearly every row has its own. */
function randomHandle(random: SeededRandom): string {
  let handle = String.fromCharCode(UPPER_A + random.int(0, 25))
  for (let letter = 1; letter < 8; letter++) {
    handle += String.fromCharCode(LOWER_A + random.int(0, 25))
  }
  return handle
}

/** `count` people from `seed`; ids are 0..count-1 in data order. */
export function generatePeople(count: number, seed = 20261127): Person[] {
  const random = createSeededRandom(seed)
  const people = new Array<Person>(count)
  for (let id = 0; id < count; id++) {
    people[id] = {
      id,
      firstName: random.pick(FIRST_NAMES),
      lastName: random.pick(LAST_NAMES),
      age: random.int(18, 90),
      visits: random.int(0, 1000),
      status: random.pick(STATUSES),
      progress: random.int(0, 100),
      createdAt: new Date(EPOCH_2020 + random.int(0, 6 * 365) * DAY_MS + random.int(0, DAY_MS - 1)),
      score: random.next() * 1000,
      code: `item${String(random.int(0, count * 10))}`,
      handle: randomHandle(random),
      joinedOn: new Date(EPOCH_2020 + random.int(0, 6 * 365) * DAY_MS),
    }
  }
  return people
}
