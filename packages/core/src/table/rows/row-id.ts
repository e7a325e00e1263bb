import { GridKitError, describeValue } from '../../errors/GridKitError'

/**
 * The row id `getRowId` gave, as a string (issue 9: ids are strings everywhere). Numbers and
 * bigints are coerced with `String`; anything else is a bad `getRowId` and throws.
 */
export function rowIdOf(id: unknown, index: number): string {
  if (typeof id === 'string') return id
  if (typeof id === 'number' || typeof id === 'bigint') return String(id)
  throw new GridKitError(
    'INVALID_ROW_ID',
    `Option "getRowId" must return a string (numbers are converted); got ${describeValue(id)} for the row at index ${index}.`,
    { option: 'getRowId', index },
  )
}
