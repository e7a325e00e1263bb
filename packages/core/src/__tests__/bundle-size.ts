import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'esbuild'

/** Vendor SDKs: optional peers the app bundles itself, left out of GridKit's own figure. */
export const VENDOR_SDKS = ['@sentry/browser', '@datadog/browser-logs', '@newrelic/browser-agent']

/** An app's bundle of GridKit: minified and gzip sizes, in bytes, and the modules in it. */
export interface BundleSize {
  minifiedBytes: number
  gzipBytes: number
  /** Source files (relative to the package) that ended up in the bundle. */
  modules: string[]
  /** Minified bytes each source file put in the bundle, by path. */
  moduleBytes: Map<string, number>
}

const SOURCE_DIR = fileURLToPath(new URL('..', import.meta.url))

/** Where the app's imports resolve from, and what else stays out of the bundle. */
export interface BundleOptions {
  /** The app module's folder (default: core's `src/`). */
  resolveDir?: string
  /** Packages left out besides the vendor SDKs. */
  external?: string[]
  plugins?: Plugin[]
}

/**
 * Bundles `app` (an app's module, importing GridKit's entries by relative path from
 * `src/` unless `resolveDir` says otherwise) the way an app's production build would:
 * esbuild, ESM, minified, tree-shaken, vendor SDKs external. Then gzips it at level 9.
 */
export async function measureBundle(app: string, options: BundleOptions = {}): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: app, resolveDir: options.resolveDir ?? SOURCE_DIR, loader: 'ts' },
    bundle: true,
    minify: true,
    treeShaking: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: [...VENDOR_SDKS, ...(options.external ?? [])],
    plugins: options.plugins ?? [],
    logLevel: 'silent',
  })
  const [output] = result.outputFiles
  if (output === undefined) throw new Error('esbuild wrote no output')
  const moduleBytes = new Map<string, number>()
  for (const entry of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(entry.inputs)) {
      if (input.bytesInOutput > 0) moduleBytes.set(path, input.bytesInOutput)
    }
  }
  return {
    minifiedBytes: output.contents.length,
    gzipBytes: gzipSync(output.contents, { level: 9 }).length,
    modules: [...moduleBytes.keys()],
    moduleBytes,
  }
}

/** `12.3 KB`: bytes in KiB with one decimal, as the budgets are written. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}

/**
 * Minified bytes of a bundle by area of the source: `table` (table/, events/, errors/) and
 * each folder of `performance/` (`performance/alerts` and so on); anything else is `other`.
 * Largest first. Gzip does not split by file, so these are the minified figures.
 */
export function bytesByArea(bundle: BundleSize): [area: string, bytes: number][] {
  const areas = new Map<string, number>()
  for (const [path, bytes] of bundle.moduleBytes) {
    const performance = /performance\/([^/]+)\//.exec(path)
    const area =
      performance !== null
        ? `performance/${performance[1] ?? ''}`
        : /(^|\/)(table|events|errors)\//.test(path)
          ? 'table'
          : 'other'
    areas.set(area, (areas.get(area) ?? 0) + bytes)
  }
  return [...areas].sort((a, b) => b[1] - a[1])
}
