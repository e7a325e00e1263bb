import { describe, expect, it } from 'vitest'
import { bundle, gridkitPage, useChromium, useServer } from '../index'

const chromium = useChromium()
const server = useServer()

describe('browser harness', () => {
  it('runs the built @gridkit/core in Chromium', async () => {
    const script = await bundle(`
      import { createTable } from '@gridkit/core'
      const data = Array.from({ length: 1000 }, (_, i) => ({ id: i, n: (i * 7919) % 1000 }))
      const table = createTable({ data, columns: [{ accessorKey: 'n' }], getRowId: (r) => String(r.id) })
      table.setSorting([{ id: 'n', desc: true }])
      ;(window as unknown as { result: unknown }).result = table.getRowModel().rows.slice(0, 3).map((r) => r.getValue('n'))
    `)
    const page = await chromium.newPage()
    await page.goto(gridkitPage(server.current, { script }))
    await page.waitForFunction(() => 'result' in window)
    expect(await page.evaluate(() => (window as unknown as { result: unknown }).result)).toEqual([
      999, 998, 997,
    ])
    expect(await page.evaluate(() => navigator.userAgent)).toMatch(/Chrome\/\d+/)
  })

  it('collects uncaught errors, unhandled rejections and console.error of a page', async () => {
    const script = await bundle(`
      console.error('logged on purpose')
      void Promise.reject(new Error('rejected on purpose'))
      setTimeout(() => { throw new Error('thrown on purpose') }, 0)
      setTimeout(() => { document.title = 'done' }, 50)
    `)
    const page = await chromium.newPage()
    await page.goto(gridkitPage(server.current, { script }))
    await page.waitForFunction(() => document.title === 'done')
    const errors = chromium.takePageErrors().join('\n')
    expect(errors).toContain('logged on purpose')
    expect(errors).toContain('rejected on purpose')
    expect(errors).toContain('thrown on purpose')
  })

  it('records what a page sends with sendBeacon when it is closed', async () => {
    server.current.route('/beacon', (_request, response) => {
      response.writeHead(204).end()
    })
    const script = await bundle(`
      addEventListener('pagehide', () => { navigator.sendBeacon('/beacon', 'bye') })
      document.title = 'ready'
    `)
    const page = await chromium.newPage()
    await page.goto(gridkitPage(server.current, { script }))
    await page.waitForFunction(() => document.title === 'ready')
    await page.close()
    const beacon = await server.current.waitFor((request) => request.url === '/beacon')
    expect(beacon.body).toBe('bye')
  })
})
