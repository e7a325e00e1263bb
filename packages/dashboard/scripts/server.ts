import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

/** The dashboard package's folder. */
export const DASHBOARD_DIR = fileURLToPath(new URL('..', import.meta.url))

/** Port used when `PORT` is not set. */
export const DEFAULT_PORT = 4173

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
}

/** Builds the dashboard into `dist/` with Vite (production mode). */
export async function buildDashboard(): Promise<void> {
  await build({
    root: DASHBOARD_DIR,
    logLevel: 'warn',
    configFile: join(DASHBOARD_DIR, 'vite.config.ts'),
  })
}

/** A running dashboard server. */
export interface DashboardServer {
  /** `http://127.0.0.1:<port>/` */
  url: string
  /** Stops the server. */
  close(): Promise<void>
}

/** Serves the built `dist/` on 127.0.0.1 only (port 0 picks a free one). */
export async function serveDashboard(port: number): Promise<DashboardServer> {
  const root = join(DASHBOARD_DIR, 'dist')
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    const file = normalize(join(root, path === '/' ? 'index.html' : decodeURIComponent(path)))
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end()
      return
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        })
        response.end(body)
      },
      () => {
        response.writeHead(404).end('not found')
      },
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const address = server.address()
  const actual = typeof address === 'object' && address !== null ? address.port : port
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
