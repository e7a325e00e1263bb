import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

/** The contenders' page entries, by name. The floor is served twice for its A/A spread. */
export const PAGE_ENTRIES = {
  gridkit: 'pages/gridkit.tsx',
  tanstack9: 'pages/tanstack9.tsx',
  tanstack8: 'pages/tanstack8.tsx',
  floor: 'pages/floor.tsx',
} as const

/** A contender's name. */
export type PageName = keyof typeof PAGE_ENTRIES

/** Bundles one page for the browser (production React, not minified: the same for all). */
export async function bundlePage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  })
  return result.outputFiles[0]?.text ?? ''
}

/** Serves each page at `/<name>/` on 127.0.0.1; returns the base URL and a close function. */
export async function servePages(
  scripts: ReadonlyMap<string, string>,
): Promise<{ url: string; close: () => void }> {
  const server = createServer((request, response) => {
    const [, name, file] = (request.url ?? '').split('/')
    const script = scripts.get(name ?? '')
    if (script === undefined) {
      response.writeHead(404).end()
    } else if (file === 'main.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script)
    } else {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name ?? ''}</title></head>` +
            `<body><div id="root"></div><script type="module" src="/${name ?? ''}/main.js"></script></body></html>`,
        )
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() }
}
