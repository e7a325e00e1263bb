import { BELOW_THRESHOLD_MS } from './drive.ts'

/** Interaction durations (ms) per contender: header-click sorts and filter keys. */
export type Results = Map<string, { sort: number[]; filter: number[] }>

interface Context {
  rounds: number
  chromium: string
  median: (values: readonly number[]) => number
}

function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'MISS'
}

/** Prints the medians, the ratios against the targets, and the floor's A/A spread. */
export function printResults(results: Results, { rounds, chromium, median }: Context): void {
  const med = (id: string, kind: 'sort' | 'filter'): number =>
    median(results.get(id)?.[kind] ?? [0])
  console.log(
    `\nInteraction to next paint (Event Timing), 100,000 rows, 50 rendered; Chromium ${chromium}`,
  )
  console.log(
    `medians over ${rounds} header clicks and ${rounds * 4} filter keys per contender, alternated`,
  )
  console.log(
    `(interactions under ${BELOW_THRESHOLD_MS} ms report no entry and count as ${BELOW_THRESHOLD_MS} ms)\n`,
  )
  console.log('contender    sort click ms   filter key ms')
  for (const id of results.keys()) {
    console.log(
      `${id.padEnd(12)} ${med(id, 'sort').toFixed(1).padStart(13)} ${med(id, 'filter').toFixed(1).padStart(15)}`,
    )
  }
  const gkSort = med('gridkit', 'sort')
  const gkFilter = med('gridkit', 'filter')
  const sortVs9 = med('tanstack9', 'sort') / gkSort
  const filterVs9 = med('tanstack9', 'filter') / gkFilter
  const sortVsFloor = gkSort / med('floor', 'sort')
  const spread = (kind: 'sort' | 'filter'): number => {
    const a = med('floor', kind)
    const b = med('floor-b', kind)
    return Math.max(a, b) / Math.min(a, b)
  }
  console.log('\ntargets')
  console.log(
    `  sort click: TanStack 9 / GridKit = ${sortVs9.toFixed(2)}x (>= 3x)  ${verdict(sortVs9 >= 3)}`,
  )
  console.log(
    `  sort click: GridKit / floor = ${sortVsFloor.toFixed(2)}x (<= 1.3x)  ${verdict(sortVsFloor <= 1.3)}`,
  )
  console.log(
    `  filter key: TanStack 9 / GridKit = ${filterVs9.toFixed(2)}x (>= 3x)  ${verdict(filterVs9 >= 3)}`,
  )
  console.log(
    `  A/A spread of the floor: sort ${spread('sort').toFixed(2)}x, filter ${spread('filter').toFixed(2)}x`,
  )
}
