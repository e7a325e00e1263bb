import type { SortingState } from '../../types/state'

/** Options of `toggleSorting`. */
export interface ToggleSortingOptions {
  /** Force this direction instead of cycling ascending, descending, unsorted. */
  desc?: boolean
  /** Keep the other sorted columns (add or update this one) instead of replacing them. */
  multi?: boolean
}

/**
 * The sort order after toggling `columnId`. Without `desc`, the column cycles
 * unsorted -> ascending -> descending -> unsorted.
 */
export function toggledSorting(
  sorting: SortingState,
  columnId: string,
  options: ToggleSortingOptions = {},
): SortingState {
  const current = sorting.find((sort) => sort.id === columnId)
  let next: { id: string; desc: boolean } | undefined
  if (options.desc !== undefined) next = { id: columnId, desc: options.desc }
  else if (current === undefined) next = { id: columnId, desc: false }
  else if (!current.desc) next = { id: columnId, desc: true }
  if (options.multi !== true) return next === undefined ? [] : [next]
  if (current === undefined) return next === undefined ? sorting : [...sorting, next]
  if (next === undefined) return sorting.filter((sort) => sort.id !== columnId)
  const replacement = next
  return sorting.map((sort) => (sort.id === columnId ? replacement : sort))
}
