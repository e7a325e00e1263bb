// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'esbuild'
import { describe, expect, it } from 'vitest'

// The adapter's size in an app's production bundle (esbuild, minified, tree-shaken, gzip
// level 9), and the whole of GridKit in a React app with and without the monitor. React is
// the app's own and is left out of every figure; vendor SDKs too.
const KB = 1024
/** The adapter's own code (2.8 KB on 3 December); a guard against growth. */
const ADAPTER_BUDGET = 4 * KB
/** GridKit in a React app without monitoring: issue 13's 9 KB light table plus the adapter. */
const LIGHT_APP_BUDGET = 14 * KB

const SOURCE_DIR = fileURLToPath(new URL('..', import.meta.url))
const CORE_SOURCES: Record<string, string> = {
  '@gridkit/core': fileURLToPath(new URL('../../../core/src/index.ts', import.meta.url)),
  '@gridkit/core/table': fileURLToPath(new URL('../../../core/src/table.ts', import.meta.url)),
}
const EXTERNAL = ['react', '@sentry/browser', '@datadog/browser-logs', '@newrelic/browser-agent']

/** Resolves `@gridkit/core` entries to their sources, as the app's bundler would to `dist`. */
const coreFromSource: Plugin = {
  name: 'gridkit-core-source',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^@gridkit\/core(\/table)?$/ }, (args) => ({
      path: CORE_SOURCES[args.path]!,
    }))
  },
}

async function gzipOf(app: string, options: { withCore: boolean }) {
  const result = await build({
    stdin: { contents: app, resolveDir: SOURCE_DIR, loader: 'ts' },
    bundle: true,
    minify: true,
    treeShaking: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: options.withCore ? EXTERNAL : [...EXTERNAL, '@gridkit/core', '@gridkit/core/table'],
    plugins: options.withCore ? [coreFromSource] : [],
    logLevel: 'silent',
  })
  const [output] = result.outputFiles
  if (output === undefined) throw new Error('esbuild wrote no output')
  const modules = Object.values(result.metafile.outputs).flatMap((entry) =>
    Object.entries(entry.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  )
  const gzip = gzipSync(output.contents, { level: 9 }).length
  return { gzip, minified: output.contents.length, modules }
}

function report(name: string, size: { gzip: number; minified: number }, budget?: number) {
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`
  const limit = budget === undefined ? '' : `, budget ${kb(budget)}`
  console.log(`bundle ${name}: ${kb(size.gzip)} gzip (${kb(size.minified)} minified)${limit}`)
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
    expect(size.gzip).toBeLessThanOrEqual(ADAPTER_BUDGET)
  }, 30_000)

  it("useGridTable ('@gridkit/react/table') carries no monitor", async () => {
    const size = await gzipOf(HOOK_APP('./table', 'useGridTable'), { withCore: true })
    report("'@gridkit/react/table' useGridTable + core", size, LIGHT_APP_BUDGET)
    expect(size.modules.filter((path) => path.includes('performance/'))).toEqual([])
    expect(size.gzip).toBeLessThanOrEqual(LIGHT_APP_BUDGET)
  }, 30_000)

  it("useGridEnhancedTable ('@gridkit/react') carries the monitor", async () => {
    const size = await gzipOf(HOOK_APP('./index', 'useGridEnhancedTable'), { withCore: true })
    report("'@gridkit/react' useGridEnhancedTable + core", size)
    expect(size.modules.some((path) => path.includes('EnhancedPerformanceMonitor'))).toBe(true)
  }, 30_000)
})
