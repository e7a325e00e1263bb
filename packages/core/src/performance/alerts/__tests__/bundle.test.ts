import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const VENDORS = ['@sentry', '@datadog', '@newrelic', '@opentelemetry'] as const

/** Bundles one entry as an app would and lists the vendor packages whose code it contains. */
async function vendorsIn(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
  })
  const inputs = Object.keys(result.metafile.inputs)
  const found: string[] = VENDORS.filter((vendor) =>
    inputs.some((input) => input.includes(`node_modules/${vendor}/`)),
  )
  // GridKit's own OpenTelemetry glue (src/otel) counts as OpenTelemetry code too.
  if (inputs.some((input) => input.includes('src/otel/'))) found.push('gridkit-otel')
  return found
}

describe('vendor code stays behind its own entry', () => {
  it('the main entry and the alerts module bundle no vendor SDK and no OpenTelemetry code', async () => {
    expect(await vendorsIn('../index.ts')).toEqual([])
    expect(await vendorsIn('../../../index.ts')).toEqual([])
  }, 20_000)

  it('each vendor entry bundles only its own SDK', async () => {
    expect(await vendorsIn('../sentry.ts')).toEqual(['@sentry'])
    expect(await vendorsIn('../datadog.ts')).toEqual(['@datadog'])
    expect(await vendorsIn('../newrelic.ts')).toEqual([])
  }, 20_000)

  it('the OpenTelemetry entry holds the glue but no OpenTelemetry package code', async () => {
    expect(await vendorsIn('../../../otel/index.ts')).toEqual(['gridkit-otel'])
  }, 20_000)
})
