// @vitest-environment node
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { formatKb, measureBundle, type BundleSize } from '../../../core/src/__tests__/bundle-size'

// The adapter's size in an app's production bundle (esbuild, minified, tree-shaken, gzip
// level 9), and the whole of GridKit in a React app with and without the monitor. React is
// the app's own and is left out of every figure; vendor SDKs too.
const KB = 1024
/** The adapter's own code (3.3 KB on 3 December); a guard against growth. */
const ADAPTER_BUDGET = 4 * KB
/**
 * GridKit in a React app without monitoring: a guard, 13.9 KB on 3 December, 14.5 KB after the
 * light table's text-key buffer (+417 B, 2x faster natural-order and nearly-distinct string
 * sorts) and the filters' array of data items (+161 B), 15.0 KB after rows were made on first
 * read (+533 B; a 1M-row table renders its first page without making 1M rows); 15.5 KB leaves
 * room for one small change. Issue 13's 9 KB light table plus the adapter would be about 12.3 KB.
 */
const LIGHT_APP_BUDGET = 15.5 * KB

const SOURCE_DIR = fileURLToPath(new URL('..', import.meta.url))
const CORE_SOURCES: Record<string, string> = {
  '@gridkit/core': fileURLToPath(new URL('../../../core/src/index.ts', import.meta.url)),
  '@gridkit/core/table': fileURLToPath(new URL('../../../core/src/table.ts', import.meta.url)),
}
/** Resolves `@gridkit/core` entries to their sources, as the app's bundler would to `dist`. */
const coreFromSource: Plugin = {
  name: 'gridkit-core-source',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^@gridkit\/core(\/table)?$/ }, (args) => ({
      path: CORE_SOURCES[args.path]!,
    }))
  },
}

/** The app's bundle, with `@gridkit/core` from its sources or left out; React always left out. */
function gzipOf(app: string, options: { withCore: boolean }): Promise<BundleSize> {
  return measureBundle(app, {
    resolveDir: SOURCE_DIR,
    external: options.withCore ? ['react'] : ['react', '@gridkit/core', '@gridkit/core/table'],
    plugins: options.withCore ? [coreFromSource] : [],
  })
}

function report(name: string, size: BundleSize, budget?: number) {
  const limit = budget === undefined ? '' : `, budget ${formatKb(budget)}`
  console.log(
    `bundle ${name}: ${formatKb(size.gzipBytes)} gzip (${formatKb(size.minifiedBytes)} minified)${limit}`,
  )
}

const HOOK_APP = (entry: string, hook: string) => `
  import { ${hook} } from '${entry}'
  console.log(${hook})
`

describe('bundle sizes of a React app using @gridkit/react (esbuild, minified, gzip)', () => {
  it('the adapter alone stays under its budget', async () => {
    const size = await gzipOf(
      `import { useGridEnhancedTable, usePerformanceMetrics, getRenderTiming } from './index'
       console.log(useGridEnhancedTable, usePerformanceMetrics, getRenderTiming)`,
      { withCore: false },
    )
    report("'@gridkit/react' adapter alone", size, ADAPTER_BUDGET)
    expect(size.gzipBytes).toBeLessThanOrEqual(ADAPTER_BUDGET)
  }, 30_000)

  it("useGridTable ('@gridkit/react/table') carries no monitor", async () => {
    const size = await gzipOf(HOOK_APP('./table', 'useGridTable'), { withCore: true })
    report("'@gridkit/react/table' useGridTable + core", size, LIGHT_APP_BUDGET)
    expect(size.modules.filter((path) => path.includes('performance/'))).toEqual([])
    expect(size.gzipBytes).toBeLessThanOrEqual(LIGHT_APP_BUDGET)
  }, 30_000)

  it("useGridEnhancedTable ('@gridkit/react') carries the monitor", async () => {
    const size = await gzipOf(HOOK_APP('./index', 'useGridEnhancedTable'), { withCore: true })
    report("'@gridkit/react' useGridEnhancedTable + core", size)
    expect(size.modules.some((path) => path.includes('EnhancedPerformanceMonitor'))).toBe(true)
  }, 30_000)
})
