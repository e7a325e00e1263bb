import { build } from 'esbuild'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** This package's folder: its node_modules holds @gridkit/core, @gridkit/react and the SDKs pages use. */
export const HARNESS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Options of {@link bundle}. */
export interface BundleOptions {
  /** Where bare imports are resolved from (default: this package, which depends on the built GridKit packages and the vendor SDKs). */
  resolveDir?: string
  /** Extra `define`s; `process.env.NODE_ENV` is `"production"` unless given. */
  define?: Record<string, string>
  /** Minify (default false, so page errors have readable stacks). */
  minify?: boolean
}

/**
 * Bundles a TS/TSX module (given as source text) into one ES module for a page. Bare
 * imports resolve through node_modules to the BUILT packages (`dist/`), so pages run what
 * users ship: run `pnpm build` first.
 */
export async function bundle(source: string, options: BundleOptions = {}): Promise<string> {
  const result = await build({
    stdin: {
      contents: source,
      resolveDir: options.resolveDir ?? HARNESS_DIR,
      loader: 'tsx',
      sourcefile: 'page-script.tsx',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: options.minify ?? false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', ...options.define },
  })
  const output = result.outputFiles[0]
  if (output === undefined) throw new Error('esbuild produced no output')
  return output.text
}
