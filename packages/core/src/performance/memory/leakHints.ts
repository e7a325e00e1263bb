import type { ColumnReleaseReason, RowReleaseReason } from './types'

/** Where app code holding leaked rows usually is, by why the rows were released. */
export const ROW_LEAK_HINTS: Readonly<Record<RowReleaseReason, string>> = {
  data:
    'Rows of replaced data are still reachable: look for app code that kept old rows after setData, ' +
    'such as a cache or Map keyed by row, a closure or event handler, component state, or a stored row model.',
  columns:
    'Rows built for a replaced column set are still reachable: look for app code that kept rows ' +
    '(a cache, component state, a stored row model) across the columns change.',
  destroy:
    'Rows of a destroyed table are still reachable: look for a component, store or listener that kept ' +
    'the table, its row model or its rows after destroy().',
}

/** Where app code holding leaked columns usually is, by why the columns were released. */
export const COLUMN_LEAK_HINTS: Readonly<Record<ColumnReleaseReason, string>> = {
  columns:
    'Columns of a replaced column set are still reachable: look for header or cell renderers, memoized ' +
    'components or caches that kept old Column objects after the columns changed.',
  destroy:
    'Columns of a destroyed table are still reachable: look for renderers, stores or listeners that kept ' +
    'the table or its columns after destroy().',
}
