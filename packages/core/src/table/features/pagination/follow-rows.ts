import type { PaginationState } from '../../types/state'
import { pageCountOf } from './validate-pagination'

/**
 * `pagination` with its index moved back onto the last page of `rowCount` rows (issue 9:
 * the index never points past the end after the data, filters, page size or columns
 * change). Returns `pagination` itself when the index is already on a page.
 */
export function clampedPagination(pagination: PaginationState, rowCount: number): PaginationState {
  const lastPage = pageCountOf(rowCount, pagination.pageSize) - 1
  return pagination.pageIndex <= lastPage ? pagination : { ...pagination, pageIndex: lastPage }
}

/** Whether two paginations show the same page (lets a no-op change emit nothing). */
export function samePage(a: PaginationState, b: PaginationState): boolean {
  return a.pageIndex === b.pageIndex && a.pageSize === b.pageSize
}
