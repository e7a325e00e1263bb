import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

/** The part of esbuild's API this check uses. */
interface EsbuildLike {
  build(options: {
    entryPoints: string[]
    bundle: true
    minify: true
    write: false
    metafile: true
    format: 'esm'
    platform: 'browser'
    logLevel: 'silent'
  }): Promise<{
    outputFiles: { contents: Uint8Array }[]
    metafile: { inputs: Record<string, unknown> }
  }>
}

/** What bundling the main entry found. */
export interface MainEntryBundle {
  /** Input paths that belong to a vendor SDK (@sentry, @datadog, @newrelic). */
  vendorInputs: string[]
  inputCount: number
  minifiedBytes: number
  gzipBytes: number
}

const VENDOR_SCOPES = ['@sentry', '@datadog', '@newrelic']
const CORE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../core')

/**
 * Bundles `@gridkit/core`'s built main entry as an app bundler would (minified, tree-shaken,
 * for the browser) with esbuild from core's devDependencies, and lists vendor inputs.
 */
export async function bundleMainEntry(): Promise<MainEntryBundle> {
  const requireFromCore = createRequire(join(CORE_DIR, 'package.json'))
  const esbuild = (await import(
    pathToFileURL(requireFromCore.resolve('esbuild')).href
  )) as EsbuildLike
  const result = await esbuild.build({
    entryPoints: [join(CORE_DIR, 'dist/index.js')],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  })
  const inputs = Object.keys(result.metafile.inputs)
  const output = result.outputFiles[0]?.contents ?? new Uint8Array()
  return {
    vendorInputs: inputs.filter((path) => VENDOR_SCOPES.some((scope) => path.includes(scope))),
    inputCount: inputs.length,
    minifiedBytes: output.byteLength,
    gzipBytes: gzipSync(output).byteLength,
  }
}
