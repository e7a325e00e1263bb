// Issue 10 §7, the dual-package hazard, against the BUILT package: an app that gets both the
// CommonJS and the ES module build of @gridkit/core through its dependencies. It lives in the
// `browser` project because that project runs after `pnpm build`; it drives Node, not Chromium.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const coreDir = fileURLToPath(new URL('../../../', import.meta.url))

/** Runs an ES module script in a fresh Node inside packages/core (where `@gridkit/core` resolves to dist). */
function runNode(script: string): unknown {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: coreDir,
    encoding: 'utf8',
    timeout: 30_000,
  })
  expect(child.stderr).toBe('')
  expect(child.status).toBe(0)
  return JSON.parse(child.stdout)
}

const PRELUDE = `
  import { createRequire } from 'node:module'
  const require = createRequire(process.cwd() + '/package.json')
  const cjs = require('@gridkit/core')
  const esm = await import('@gridkit/core')
  const data = [{ v: 2 }, { v: 1 }]
  const columns = [{ accessorKey: 'v' }]
`

describe('two copies of @gridkit/core in one process (CommonJS and ES module builds)', () => {
  it('are really two copies', () => {
    const result = runNode(`${PRELUDE}
      console.log(JSON.stringify({ same: cjs.EnhancedPerformanceMonitor === esm.EnhancedPerformanceMonitor }))`)
    expect(result).toEqual({ same: false })
  })

  it("accept each other's monitor, and the table reports to it", () => {
    const result = runNode(`${PRELUDE}
      const out = {}
      for (const [maker, user] of [[cjs, esm], [esm, cjs]]) {
        const monitor = new maker.EnhancedPerformanceMonitor({ budgets: { sorting: 1e-9 } })
        const table = user.createTable({ data, columns, features: { performance: { monitor } } })
        const seen = []
        table.on('performance:budgetViolation', (event) => seen.push(event.payload.operation))
        table.setSorting([{ id: 'v', desc: false }])
        table.getRowModel()
        await Promise.resolve(); await Promise.resolve()
        out[maker === cjs ? 'cjsMonitorInEsmTable' : 'esmMonitorInCjsTable'] = {
          sorted: monitor.getOperationStats('sorting')?.count, seen,
        }
      }
      console.log(JSON.stringify(out))`)
    expect(result).toEqual({
      cjsMonitorInEsmTable: { sorted: 1, seen: ['sorting'] },
      esmMonitorInCjsTable: { sorted: 1, seen: ['sorting'] },
    })
  })

  it('still refuse an object that is not a monitor', () => {
    const result = runNode(`${PRELUDE}
      let code
      try { esm.createTable({ data, columns, features: { performance: { monitor: { trackOperation() {} } } } }) }
      catch (error) { code = error.code }
      console.log(JSON.stringify({ code }))`)
    expect(result).toEqual({ code: 'INVALID_PERFORMANCE_OPTION' })
  })

  it('never give two tables the same default id', () => {
    const result = runNode(`${PRELUDE}
      const ids = [esm, cjs, esm, cjs].map((copy) => copy.createTable({ data, columns }).id)
      console.log(JSON.stringify(ids))`)
    expect(result).toEqual(['table-1', 'table-2', 'table-3', 'table-4'])
  })
})
