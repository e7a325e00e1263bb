import { GridKitError, describeValue } from '../../../errors/GridKitError'
import type { Column } from '../../columns/Column'
import type { SortingState } from '../../types/state'

/** Throws unless `sorting` is an array of `{ id, desc }` on known, sortable, distinct columns. */
export function validateSorting<TData>(
  sorting: unknown,
  columnsById: ReadonlyMap<string, Column<TData>>,
): asserts sorting is SortingState {
  if (!Array.isArray(sorting)) {
    throw new GridKitError(
      'INVALID_STATE',
      `State "sorting" must be an array of { id, desc }; got ${describeValue(sorting)}.`,
      { option: 'sorting' },
    )
  }
  const seen = new Set<string>()
  for (const sort of sorting as unknown[]) {
    const { id, desc } = (sort ?? {}) as { id?: unknown; desc?: unknown }
    if (typeof id !== 'string' || typeof desc !== 'boolean') {
      throw new GridKitError(
        'INVALID_STATE',
        `State "sorting" entries must be { id: string, desc: boolean }; got id ${describeValue(id)} and desc ${describeValue(desc)}.`,
        { option: 'sorting' },
      )
    }
    const column = columnsById.get(id)
    if (column === undefined) {
      throw new GridKitError(
        'UNKNOWN_COLUMN',
        `State "sorting" names unknown column ${describeValue(id)}; known columns: ${[...columnsById.keys()].join(', ')}.`,
        { option: 'sorting', columnId: id },
      )
    }
    if (!column.getCanSort()) {
      throw new GridKitError(
        'INVALID_STATE',
        `State "sorting" sorts column "${id}", which has enableSorting: false.`,
        { option: 'sorting', columnId: id },
      )
    }
    if (seen.has(id)) {
      throw new GridKitError(
        'INVALID_STATE',
        `State "sorting" lists column "${id}" twice; each column may appear once.`,
        { option: 'sorting', columnId: id },
      )
    }
    seen.add(id)
  }
}
