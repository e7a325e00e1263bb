/**
 * Rows of one core generation tracked exactly at most, summed over the row arrays the table
 * handed to the app. A read model with more rows than this (the whole data, a large filtered
 * or sorted share) is left to the sample.
 */
export const HANDED_ROW_LIMIT = 1000

/**
 * The row arrays row-model getters returned to app code since the table's rows were last
 * released, newest last (issue 10 §6: an app that keeps the rendered page is the commonest
 * leak, and the page is what it read). Recording is O(1): the arrays are kept as they are
 * and their rows are read only when the rows are released. Holds at most
 * {@link HANDED_ROW_LIMIT} rows' worth of arrays, forgetting the oldest first; every row in
 * them belongs to the table's current core model, which holds it anyway.
 */
export class HandedRows {
  // A Set keeps insertion order: the first entry is the oldest array handed out.
  private arrays = new Set<readonly object[]>()
  private newest: readonly object[] | undefined = undefined
  private rows = 0

  constructor(private readonly limit: number = HANDED_ROW_LIMIT) {}

  /** Records one array handed to the app; a repeat of the newest one costs a comparison. */
  record(rows: readonly object[]): void {
    if (rows === this.newest) return
    if (rows.length === 0 || rows.length > this.limit) return
    if (this.arrays.delete(rows)) this.rows -= rows.length
    this.arrays.add(rows)
    this.newest = rows
    this.rows += rows.length
    for (const oldest of this.arrays) {
      if (this.rows <= this.limit) break
      this.arrays.delete(oldest)
      this.rows -= oldest.length
    }
  }

  /** The arrays handed out since the last call, newest first; forgets them. */
  take(): (readonly object[])[] {
    const arrays = [...this.arrays].reverse()
    this.clear()
    return arrays
  }

  /** Forgets every array. */
  clear(): void {
    this.arrays = new Set()
    this.newest = undefined
    this.rows = 0
  }
}
