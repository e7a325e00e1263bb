import type { TestServer } from './server'

let pageCount = 0

/** Options of {@link gridkitPage}. */
export interface GridKitPageOptions {
  /** A bundled ES module (see `bundle`), run as `<script type="module">`. */
  script: string
  /** Markup placed in `<body>` before the script. */
  body?: string
  /** Extra headers on the page and its script (e.g. COOP/COEP for cross-origin isolation). */
  headers?: Record<string, string>
}

/** Serves a page that runs `script` at a fresh path of `server`; returns its URL. */
export function gridkitPage(server: TestServer, options: GridKitPageOptions): string {
  pageCount += 1
  const base = `/page-${pageCount}`
  server.js(`${base}/main.js`, options.script, options.headers)
  server.html(
    `${base}/index.html`,
    `<!doctype html><html><head><meta charset="utf-8"><title>GridKit test page</title></head>` +
      `<body>${options.body ?? ''}<script type="module" src="${base}/main.js"></script></body></html>`,
    options.headers,
  )
  return `${server.url}${base}/index.html`
}
