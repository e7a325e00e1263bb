import { createSeededRandom } from './seeded-random.ts'

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
    }
  }
  return people
}
