import { GridKitError, describeValue } from '../../../errors/GridKitError'
import type { RowSelectionState } from '../../types/state'

/** The selection after flipping (or setting) one row id. */
export function toggledRow(
  selection: RowSelectionState,
  rowId: string,
  value?: boolean,
): RowSelectionState {
  const selected = value ?? selection[rowId] !== true
  if (selected === (selection[rowId] === true)) return selection
  if (selected) return { ...selection, [rowId]: true }
  const { [rowId]: _deselected, ...rest } = selection
  return rest
}

/**
 * The selection after toggling the rows with these `ids` (the filtered rows). Without
 * `value`, selects them all unless all are already selected, in which case it deselects
 * them. Rows hidden by filters keep their selection.
 */
export function toggledAllRows(
  selection: RowSelectionState,
  ids: readonly string[],
  value?: boolean,
): RowSelectionState {
  const select = value ?? !ids.every((id) => selection[id] === true)
  if (select) {
    const next = { ...selection }
    for (const id of ids) next[id] = true
    return next
  }
  const deselected = new Set<string>(ids)
  const next: RowSelectionState = {}
  for (const id in selection) {
    if (!deselected.has(id)) next[id] = selection[id] === true
  }
  return next
}

/** Throws unless `selection` is a plain object of booleans keyed by row id. */
export function validateRowSelection(selection: unknown): asserts selection is RowSelectionState {
  if (typeof selection !== 'object' || selection === null || Array.isArray(selection)) {
    throw new GridKitError(
      'INVALID_STATE',
      `State "rowSelection" must be an object of row id -> boolean; got ${describeValue(selection)}.`,
      { option: 'rowSelection' },
    )
  }
}

/** Number of selected ids (`true` entries). */
export function countSelected(selection: RowSelectionState): number {
  let count = 0
  for (const id in selection) if (selection[id] === true) count++
  return count
}
