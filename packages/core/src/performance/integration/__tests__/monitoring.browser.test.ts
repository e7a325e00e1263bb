// Issue 10 §2 in real Chromium: budget violations reach table.on (no "Illegal invocation"
// from a global called with a foreign `this`), and User Timing stays bounded while the
// DevTools trace still shows every measure.
import { bundle, gridkitPage, useChromium, useServer } from '@gridkit/browser-harness'
import { describe, expect, it } from 'vitest'

const chromium = useChromium()
const server = useServer()

interface TraceEvent {
  cat: string
  name: string
  ph: string
  args?: { detail?: string }
}

describe('performance monitoring in Chromium', () => {
  it('performance:budgetViolation reaches table.on for a table nobody renders', async () => {
    const script = await bundle(`
      import { createTable } from '@gridkit/core'
      const data = Array.from({ length: 20000 }, (_, i) => ({ id: i, n: (i * 7919) % 20000 }))
      const table = createTable({
        data,
        columns: [{ accessorKey: 'n' }],
        features: { performance: { budgets: { sorting: 0.000001 } } },
      })
      const seen = []
      table.on('performance:budgetViolation', (event) => {
        seen.push(event.payload.operation)
        document.title = 'violated'
      })
      table.setSorting([{ id: 'n', desc: true }]) // nobody reads the rows: the idle build measures it
      window.result = () => ({ seen, sorting: table.metrics.getOperationStats('sorting')?.count })
    `)
    const page = await chromium.newPage()
    await page.goto(gridkitPage(server.current, { script }))
    await page.waitForFunction(() => document.title === 'violated')
    const result = await page.evaluate(() =>
      (window as unknown as { result: () => unknown }).result(),
    )
    expect(result).toEqual({ seen: ['sorting'], sorting: 1 })
  })

  it('userTiming: the timeline stays empty, the blink.user_timing trace has every measure', async () => {
    const script = await bundle(`
      import { createTable } from '@gridkit/core'
      const data = Array.from({ length: 2000 }, (_, i) => ({ id: i, n: (i * 7919) % 2000 }))
      const table = createTable({
        data,
        columns: [{ accessorKey: 'id' }, { accessorKey: 'n' }],
        features: { performance: { userTiming: true } },
      })
      table.getRowModel()
      window.sortMany = (count) => {
        for (let i = 0; i < count; i += 1) {
          table.setSorting([{ id: i % 2 === 0 ? 'n' : 'id', desc: i % 4 < 2 }])
          table.getRowModel()
        }
        return {
          measuresInTimeline: performance.getEntriesByType('measure').length,
          sorting: table.metrics.getOperationStats('sorting')?.count,
        }
      }
    `)
    const page = await chromium.newPage()
    await page.goto(gridkitPage(server.current, { script }))
    await page.waitForFunction(() => 'sortMany' in window)
    const cdp = await page.context().newCDPSession(page)
    const events: TraceEvent[] = []
    cdp.on('Tracing.dataCollected', ({ value }) =>
      events.push(...(value as unknown as TraceEvent[])),
    )
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: ['blink.user_timing'] },
    })
    const result = await page.evaluate(() =>
      (window as unknown as { sortMany: (count: number) => unknown }).sortMany(500),
    )
    const complete = new Promise<void>((resolve) => {
      cdp.once('Tracing.tracingComplete', () => {
        resolve()
      })
    })
    await cdp.send('Tracing.end')
    await complete
    expect(result).toEqual({ measuresInTimeline: 0, sorting: 500 })
    const sortMeasures = events.filter(
      (event) =>
        event.cat.includes('blink.user_timing') &&
        event.name === 'gridkit:sorting' &&
        // A measure starts with 'b' (async begin); one of zero duration is a single 'n'.
        (event.ph === 'b' || event.ph === 'n'),
    )
    expect(sortMeasures).toHaveLength(500)
    const detail = JSON.parse(sortMeasures[0]?.args?.detail ?? '{}') as {
      devtools?: { dataType?: string; track?: string }
    }
    expect(detail.devtools).toMatchObject({ dataType: 'track-entry', track: 'GridKit' })
  })
})
