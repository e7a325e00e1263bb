import type { MetricsOf, TableFeatures, TableInstance, TableOptions } from '@gridkit/core/table'
import {
  useEffect,
  useInsertionEffect,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
} from 'react'
import { isServer } from './isDevelopment'
import type { RenderTiming } from './renderTiming'
import type { TableEntry } from './tableEntry'
import { TableSource } from './TableSource'

/** Options of the hook itself (the table's options are the first argument). */
export interface GridEnhancedTableHookOptions {
  /** Called after each table update was committed, with its timing (only with `features.performance`). */
  onRenderTiming?: (timing: RenderTiming) => void
}

// useLayoutEffect warns when rendered on the server; there it would never run anyway.
const useCommitEffect = isServer() ? useEffect : useLayoutEffect

/** The hook, bound to the entry it is imported from. */
export function useTableWith<TData, TFeatures extends TableFeatures>(
  entry: TableEntry,
  options: TableOptions<TData, TFeatures>,
  hookOptions: GridEnhancedTableHookOptions | undefined,
): TableInstance<TData, MetricsOf<TFeatures>> {
  const [created, setSource] = useState(() => new TableSource(options, entry))
  let source = created
  if (source.isDestroyed()) {
    // Shown again after an unmount (for example by <Activity>): a new table, as on mount.
    source = new TableSource(options, entry)
    setSource(source)
  }
  source.onRenderTiming = hookOptions?.onRenderTiming
  source.beginRender(options)
  const view = useSyncExternalStore(source.subscribe, source.getSnapshot, source.getSnapshot)
  // Insertion effects run before every layout effect of the commit, children's included (which
  // run before this component's): a child's layout effect that changes the table is not render.
  useInsertionEffect(() => {
    source.renderEnded()
  })
  useCommitEffect(() => {
    source.committed(view)
  })
  useEffect(() => source.retain(), [source])
  return view
}
