/** Reads a cell value from an original row. */
export type CellAccessor = (original: unknown, index: number) => unknown

/**
 * Builds the reader of `accessorKey`. A key with dots walks nested objects and yields
 * `undefined` when a step is missing; a key without dots is a single property read.
 */
export function createKeyAccessor(key: string): CellAccessor {
  if (!key.includes('.')) {
    return (original) => (original as Record<string, unknown> | null | undefined)?.[key]
  }
  const path = key.split('.')
  return (original) => {
    let value: unknown = original
    for (const step of path) {
      if (value === null || value === undefined) return undefined
      value = (value as Record<string, unknown>)[step]
    }
    return value
  }
}
