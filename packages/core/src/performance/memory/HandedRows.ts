/**
 * Rows of one core generation tracked exactly at most, summed over the row arrays the table
 * handed to the app. A read model with more rows than this (the whole data, a large filtered
 * or sorted share) is left to the sample.
 */
export const HANDED_ROW_LIMIT = 1000

/** A row model handed to the app: its size, and its rows once the app read them. */
export interface HandedRowModel {
  readonly count: number
  peekRows(): readonly object[] | undefined
}

/**
 * The row models row-model getters returned to app code since the table's rows were last
 * released, newest last (issue 10 §6: an app that keeps the rendered page is the commonest
 * leak, and the page is what it read). Recording is O(1): the models are kept as they are
 * and their rows are looked at only when the rows are released, and only if the app read
 * them (rows are made on first read, so unread ones cannot be held). Holds at most
 * {@link HANDED_ROW_LIMIT} rows' worth of models, forgetting the oldest first; every row in
 * them belongs to the table's current core model, which holds it anyway.
 */
export class HandedRows {
  // A Set keeps insertion order: the first entry is the oldest model handed out.
  private models = new Set<HandedRowModel>()
  private newest: HandedRowModel | undefined = undefined
  private rows = 0

  constructor(private readonly limit: number = HANDED_ROW_LIMIT) {}

  /** Records one model handed to the app; a repeat of the newest one costs a comparison. */
  record(model: HandedRowModel): void {
    if (model === this.newest) return
    const { count } = model
    if (count === 0 || count > this.limit) return
    if (this.models.delete(model)) this.rows -= count
    this.models.add(model)
    this.newest = model
    this.rows += count
    for (const oldest of this.models) {
      if (this.rows <= this.limit) break
      this.models.delete(oldest)
      this.rows -= oldest.count
    }
  }

  /** The row arrays the app read from the models handed out since the last call, newest first; forgets them. */
  take(): (readonly object[])[] {
    const arrays: (readonly object[])[] = []
    for (const model of [...this.models].reverse()) {
      const rows = model.peekRows()
      if (rows !== undefined) arrays.push(rows)
    }
    this.clear()
    return arrays
  }

  /** Forgets every model. */
  clear(): void {
    this.models = new Set()
    this.newest = undefined
    this.rows = 0
  }
}
