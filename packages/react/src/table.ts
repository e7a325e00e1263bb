// Entry `@gridkit/react/table`: the hook over `@gridkit/core/table`, without the performance
// monitor in the app's bundle (issue 13, "Bundle").
export { useGridTable } from './useGridTable'
export type { GridEnhancedTableHookOptions } from './useTableWith'
export { getRenderStormCounts } from './getRenderTiming'
export { RENDER_STORM_OPERATION, SAME_CONTENT_STREAK } from './renderStorm'
export type { RenderStormCause } from './renderStorm'
