import { useMemo, useState } from 'react'
import type { Person } from '../../data/people.ts'
import { Markup, mount, PAGE_SIZE, PEOPLE } from './shell.tsx'

function compareLastName(a: Person, b: Person): number {
  if (a.lastName < b.lastName) return -1
  return a.lastName > b.lastName ? 1 : 0
}

/** The plain-JS floor: Array.prototype.filter/sort and the same rendering. */
function Floor() {
  const [desc, setDesc] = useState<boolean | undefined>(undefined)
  const [filter, setFilter] = useState('')
  const rows = useMemo(() => {
    const needle = filter.toLowerCase()
    const kept =
      needle === '' ? PEOPLE : PEOPLE.filter((p) => p.firstName.toLowerCase().includes(needle))
    if (desc === undefined) return kept.slice(0, PAGE_SIZE)
    const sorted = kept.slice().sort(desc ? (a, b) => compareLastName(b, a) : compareLastName)
    return sorted.slice(0, PAGE_SIZE)
  }, [desc, filter])
  return (
    <Markup
      rows={rows}
      filter={filter}
      onSort={() => setDesc(desc === false)}
      onFilter={setFilter}
    />
  )
}

mount(<Floor />)
