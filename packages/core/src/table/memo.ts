import type { RowModelStage } from './instance/observer'
import type { TableStore } from './instance/TableStore'
import type { IndexedRowModel } from './row-models/IndexedRowModel'

/**
 * Runs one stage rebuild. This is the single monitoring seam of the row models: with no
 * observer the build runs bare (one `undefined` check); with one, the build is timed on
 * the observer's clock and reported. Stages call this only after their own memo check
 * missed, so a hit never reaches it.
 */
export function buildStage<TData>(
  store: TableStore<TData>,
  stage: RowModelStage,
  inputRowCount: number,
  build: () => IndexedRowModel<TData>,
): IndexedRowModel<TData> {
  const observer = store.observer
  if (observer === undefined) return build()
  const start = observer.now()
  const model = build()
  store.observedBuilds++
  try {
    observer.onStageBuild?.(stage, observer.now() - start, model.count, inputRowCount)
  } catch (error) {
    store.report(error)
  }
  return model
}
