import { GridKitError, describeValue } from '../../../errors/GridKitError'
import type { PaginationState } from '../../types/state'

/** Throws unless `pagination` has a non-negative integer `pageIndex` and a positive integer `pageSize`. */
export function validatePagination(pagination: unknown): asserts pagination is PaginationState {
  if (typeof pagination !== 'object' || pagination === null) {
    throw new GridKitError(
      'INVALID_STATE',
      `State "pagination" must be { pageIndex, pageSize }; got ${describeValue(pagination)}.`,
      { option: 'pagination' },
    )
  }
  const { pageIndex, pageSize } = pagination as { pageIndex?: unknown; pageSize?: unknown }
  if (typeof pageSize !== 'number' || !Number.isInteger(pageSize) || pageSize < 1) {
    throw new GridKitError(
      'INVALID_STATE',
      `Option "pageSize" must be a positive integer; got ${describeValue(pageSize)}.`,
      { option: 'pageSize' },
    )
  }
  if (typeof pageIndex !== 'number' || !Number.isInteger(pageIndex) || pageIndex < 0) {
    throw new GridKitError(
      'INVALID_STATE',
      `Option "pageIndex" must be a non-negative integer; got ${describeValue(pageIndex)}.`,
      { option: 'pageIndex' },
    )
  }
}

/** Pages needed for `rowCount` rows; at least 1, so an empty table still has page 0. */
export function pageCountOf(rowCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(rowCount / pageSize))
}
