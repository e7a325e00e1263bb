import { describe, expect, it } from 'vitest'
import { toggledSorting } from '../toggle-sorting'

describe('toggledSorting', () => {
  it('cycles ascending, descending, unsorted', () => {
    const first = toggledSorting([], 'a')
    expect(first).toEqual([{ id: 'a', desc: false }])
    const second = toggledSorting(first, 'a')
    expect(second).toEqual([{ id: 'a', desc: true }])
    expect(toggledSorting(second, 'a')).toEqual([])
  })

  it('replaces other sorts unless multi', () => {
    const sorting = [{ id: 'a', desc: false }]
    expect(toggledSorting(sorting, 'b')).toEqual([{ id: 'b', desc: false }])
    expect(toggledSorting(sorting, 'b', { multi: true })).toEqual([
      { id: 'a', desc: false },
      { id: 'b', desc: false },
    ])
  })

  it('updates or removes a column in place with multi', () => {
    const sorting = [
      { id: 'a', desc: false },
      { id: 'b', desc: false },
    ]
    expect(toggledSorting(sorting, 'a', { multi: true })).toEqual([
      { id: 'a', desc: true },
      { id: 'b', desc: false },
    ])
    const descending = [
      { id: 'a', desc: true },
      { id: 'b', desc: false },
    ]
    expect(toggledSorting(descending, 'a', { multi: true })).toEqual([{ id: 'b', desc: false }])
  })

  it('forces a direction with desc', () => {
    expect(toggledSorting([{ id: 'a', desc: true }], 'a', { desc: true })).toEqual([
      { id: 'a', desc: true },
    ])
    expect(toggledSorting([], 'a', { desc: true, multi: true })).toEqual([{ id: 'a', desc: true }])
  })
})
