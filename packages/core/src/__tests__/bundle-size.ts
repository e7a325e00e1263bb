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
  const modules = Object.values(result.metafile.outputs).flatMap((entry) =>
    Object.entries(entry.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  )
  return {
    minifiedBytes: output.contents.length,
    gzipBytes: gzipSync(output.contents, { level: 9 }).length,
    modules,
  }
}

/** `12.3 KB`: bytes in KiB with one decimal, as the budgets are written. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}
