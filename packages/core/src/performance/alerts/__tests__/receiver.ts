import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request a receiver got. */
export interface ReceivedRequest {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
}

/** Answers a request; return nothing to answer 200 with an empty body. */
export type ReceiverHandler = (
  request: ReceivedRequest,
  response: ServerResponse,
) => { status: number; body?: string; headers?: Record<string, string> } | 'destroy' | undefined

/** A local HTTP server on 127.0.0.1 (port 0) that records every request. */
export interface Receiver {
  /** `127.0.0.1:<port>` */
  host: string
  /** `http://127.0.0.1:<port>` */
  origin: string
  requests: ReceivedRequest[]
  /** Polls (no fixed sleep) until a request matches, or rejects after `timeoutMs`. */
  waitFor(
    match: (request: ReceivedRequest) => boolean,
    timeoutMs?: number,
  ): Promise<ReceivedRequest>
  close(): Promise<void>
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
}

/** Starts a receiver; `handler` may choose the answer or destroy the connection. */
export async function startReceiver(handler?: ReceiverHandler): Promise<Receiver> {
  const requests: ReceivedRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const request: ReceivedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      if (request.method === 'OPTIONS') {
        res.writeHead(204, CORS).end()
        return
      }
      requests.push(request)
      const answer = handler?.(request, res)
      if (answer === 'destroy') {
        req.socket.destroy()
        return
      }
      res.writeHead(answer?.status ?? 200, { ...CORS, ...answer?.headers }).end(answer?.body ?? '')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    origin: `http://127.0.0.1:${port}`,
    requests,
    async waitFor(match, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = requests.find(match)
        if (found !== undefined) return found
        if (Date.now() > deadline) {
          throw new Error(`no matching request within ${timeoutMs} ms (got ${requests.length})`)
        }
        await new Promise((resolve) => setTimeout(resolve, 50))
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
