import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll } from 'vitest'

/** One request the server got, with its whole body. */
export interface RecordedRequest {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
  /** `Date.now()` when the body had arrived. */
  receivedAt: number
}

/** Answers one request; `body` is the request body already read. */
export type RouteHandler = (
  request: RecordedRequest,
  response: ServerResponse,
) => void | Promise<void>

/** An HTTP server on 127.0.0.1 that serves pages and scripts and records every request. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  /** `127.0.0.1:<port>` */
  readonly host: string
  /** Every request but CORS preflights, in arrival order. */
  readonly requests: RecordedRequest[]
  /** Serves `body` as HTML at `path` (exact match, query ignored). */
  html(path: string, body: string, headers?: Record<string, string>): void
  /** Serves `code` as JavaScript at `path`. */
  js(path: string, code: string, headers?: Record<string, string>): void
  /** Answers requests to `path` (or every path under it when it ends with `/*`). */
  route(path: string, handler: RouteHandler): void
  /** Polls until a recorded request matches, or rejects after `timeoutMs` (default 15 s). */
  waitFor(
    match: (request: RecordedRequest) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedRequest>
  /** Closes the server and every open connection. */
  close(): Promise<void>
}

/** CORS answers, so that pages of another origin (another port) may post to the server. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
}

function findRoute(routes: Map<string, RouteHandler>, path: string): RouteHandler | undefined {
  const exact = routes.get(path)
  if (exact !== undefined) return exact
  let best: { prefix: string; handler: RouteHandler } | undefined
  for (const [pattern, handler] of routes) {
    if (!pattern.endsWith('/*')) continue
    const prefix = pattern.slice(0, -1)
    if (path.startsWith(prefix) && (best === undefined || prefix.length > best.prefix.length)) {
      best = { prefix, handler }
    }
  }
  return best?.handler
}

/** Starts a {@link TestServer} on a free port of 127.0.0.1. */
export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, RouteHandler>()
  // Browsers ask for it unprompted; a 404 would show as a console error on every page.
  routes.set('/favicon.ico', (_request, response) => {
    response.writeHead(204).end()
  })
  const requests: RecordedRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const request: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        receivedAt: Date.now(),
      }
      if (request.method === 'OPTIONS') {
        res.writeHead(204, CORS_HEADERS).end()
        return
      }
      requests.push(request)
      const path = new URL(request.url, 'http://127.0.0.1').pathname
      const handler = findRoute(routes, path)
      if (handler === undefined) {
        res.writeHead(404, CORS_HEADERS).end(`no route for ${path}`)
        return
      }
      Promise.resolve(handler(request, res)).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, CORS_HEADERS)
        res.end(String(error))
      })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const serve =
    (type: string, body: string, headers: Record<string, string> = {}): RouteHandler =>
    (_request, response) => {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers })
      response.end(body)
    }
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    html(path, body, headers) {
      routes.set(path, serve('text/html; charset=utf-8', body, headers))
    },
    js(path, code, headers) {
      routes.set(path, serve('text/javascript; charset=utf-8', code, headers))
    },
    route(path, handler) {
      routes.set(path, handler)
    },
    async waitFor(match, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = requests.find(match)
        if (found !== undefined) return found
        if (Date.now() > deadline) {
          throw new Error(
            `no matching request within ${timeoutMs} ms; got ${requests.length}: ${requests
              .map((request) => `${request.method} ${request.url}`)
              .join(', ')}`,
          )
        }
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}

/** A {@link TestServer} for the whole test file: started in beforeAll, closed in afterAll. */
export function useServer(): { readonly current: TestServer } {
  let server: TestServer | undefined
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(async () => {
    await server?.close()
  })
  return {
    get current(): TestServer {
      if (server === undefined) throw new Error('useServer(): the server starts in beforeAll')
      return server
    },
  }
}
