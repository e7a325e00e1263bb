// Test harness for GridKit's browser tests (Chromium through playwright-core). See
// packages/browser-harness/README.md.
export { useChromium, launchChromium, CHROMIUM_PATH } from './chromium'
export type { ChromiumHandle, ChromiumOptions, NewPageOptions } from './chromium'
export { startServer, useServer, CORS_HEADERS } from './server'
export type { TestServer, RecordedRequest, RouteHandler } from './server'
export { bundle, HARNESS_DIR } from './bundle'
export type { BundleOptions } from './bundle'
export { gridkitPage } from './page'
export type { GridKitPageOptions } from './page'
