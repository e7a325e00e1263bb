import { createRoot } from 'react-dom/client'
import type { ReactNode } from 'react'
import { generatePeople, type Person } from '../../data/people.ts'

/** Rows of every contender's table. */
export const ROWS = 100_000
/** Rows rendered (one page). */
export const PAGE_SIZE = 50

/** The same 100k people for every contender (fixed seed). */
export const PEOPLE: Person[] = generatePeople(ROWS)

interface MarkupProps {
  rows: readonly Person[]
  filter: string
  onSort: () => void
  onFilter: (value: string) => void
}

/** The markup every contender renders: a sortable header, a filter box, 50 rows. */
export function Markup({ rows, filter, onSort, onFilter }: MarkupProps): ReactNode {
  return (
    <div>
      <input id="filter" value={filter} onChange={(event) => onFilter(event.target.value)} />
      <table>
        <thead>
          <tr>
            <th>Id</th>
            <th>First name</th>
            <th>
              <button id="sort" onClick={onSort}>
                Last name
              </button>
            </th>
            <th>Age</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((person) => (
            <tr key={person.id}>
              <td>{person.id}</td>
              <td>{person.firstName}</td>
              <td>{person.lastName}</td>
              <td>{person.age}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Longest Event Timing duration of each interaction so far, by interaction id (ms). */
const interactions = new Map<number, number>()
new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as (PerformanceEntry & { interactionId?: number })[]) {
    if (entry.interactionId !== undefined && entry.interactionId > 0) {
      interactions.set(
        entry.interactionId,
        Math.max(interactions.get(entry.interactionId) ?? 0, entry.duration),
      )
    }
  }
}).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)

/** Mounts `app` and exposes the interaction durations to the runner. */
export function mount(app: ReactNode): void {
  Object.assign(window, {
    benchInteractions: (): [number, number][] => [...interactions],
  })
  const root = document.getElementById('root')
  if (root === null) throw new Error('no #root')
  createRoot(root).render(app)
  requestAnimationFrame(() => {
    document.title = 'ready'
  })
}
