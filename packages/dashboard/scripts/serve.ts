// `pnpm dashboard`: builds the dashboard and serves it on 127.0.0.1 (PORT, default 4173).
import { buildDashboard, DEFAULT_PORT, serveDashboard } from './server'

const port = process.env.PORT === undefined ? DEFAULT_PORT : Number(process.env.PORT)
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be an integer from 0 to 65535; got ${JSON.stringify(process.env.PORT)}.`)
  process.exit(1)
}
await buildDashboard()
const server = await serveDashboard(port)
console.log(`GridKit dashboard: ${server.url}  (Ctrl+C to stop)`)
