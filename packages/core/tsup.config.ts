import { defineConfig } from 'tsup'

// One tsup entry per subpath export in package.json; vendor destinations get their
// own entries so that the main entry never bundles a vendor SDK.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    // The table without the performance monitor (issue 13, "Bundle").
    table: 'src/table.ts',
    'alerts/sentry': 'src/performance/alerts/sentry.ts',
    'alerts/datadog': 'src/performance/alerts/datadog.ts',
    'alerts/newrelic': 'src/performance/alerts/newrelic.ts',
    otel: 'src/otel/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  // Vendor SDKs are optional peer dependencies: never bundled, imported by the app's bundler.
  external: [
    '@sentry/browser',
    '@datadog/browser-logs',
    '@newrelic/browser-agent',
    '@opentelemetry/api',
  ],
})
