// Issue 10 §5: flush answers honestly. It resolves false at its timeout even when every other
// timer is unref'd (Node used to exit with code 13 first), and false after a cancel that
// dropped alerts.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { AlertDispatcher } from '../AlertDispatcher'
import { violation } from './violations'

const dispatcherPath = fileURLToPath(new URL('../AlertDispatcher.ts', import.meta.url))

describe('flush', () => {
  it('resolves false at its timeout in a Node process that has nothing else to do', () => {
    const script = `
      import { AlertDispatcher } from ${JSON.stringify(dispatcherPath)}
      const dispatcher = new AlertDispatcher({ onError: () => {} })
      dispatcher.add({ id: 'never', send: () => new Promise(() => {}) })
      dispatcher.enqueue({ operation: 'sorting', actual: 20, budget: 1, severity: 'error',
        impact: 'userVisible', timestamp: 0 })
      const started = performance.now()
      const flushed = await dispatcher.flush(200)
      console.log(JSON.stringify({ flushed, waited: performance.now() - started }))
    `
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    )
    expect(child.stderr).toBe('')
    expect(child.status).toBe(0)
    const result = JSON.parse(child.stdout.trim()) as { flushed: boolean; waited: number }
    expect(result.flushed).toBe(false)
    expect(result.waited).toBeGreaterThanOrEqual(199)
  })

  it('resolves false after dispose dropped a queued alert', async () => {
    const dispatcher = new AlertDispatcher({ onError: () => {} })
    dispatcher.add(() => undefined)
    dispatcher.enqueue(violation())
    dispatcher.dispose()
    await expect(dispatcher.flush(100)).resolves.toBe(false)
  })

  it('resolves true after a dispose that dropped nothing', async () => {
    const dispatcher = new AlertDispatcher({ onError: () => {} })
    dispatcher.add(() => undefined)
    dispatcher.enqueue(violation())
    await expect(dispatcher.flush(1000)).resolves.toBe(true)
    dispatcher.dispose()
    await expect(dispatcher.flush(100)).resolves.toBe(true)
  })
})
