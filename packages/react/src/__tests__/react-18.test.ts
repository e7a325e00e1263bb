import { build } from 'esbuild'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import type { React18Result } from './react-18-app'

const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`))

// pnpm links react-dom-18 to the workspace's React 19, so the app is bundled with both names
// pointing at the 18.3 packages (and core from source), then run in this happy-dom window.
async function loadReact18App(): Promise<{ runWithReact18: () => Promise<React18Result> }> {
  const result = await build({
    entryPoints: [join(here, 'react-18-app.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"development"' },
    alias: {
      react: packageDir('react-18'),
      'react-dom': packageDir('react-dom-18'),
      // A path alias skips the package's "browser" field: name the browser server build.
      'react-dom/server': join(packageDir('react-dom-18'), 'server.browser.js'),
      '@gridkit/core': join(here, '../../../core/src/index.ts'),
      '@gridkit/core/table': join(here, '../../../core/src/table.ts'),
    },
  })
  // Inside the package, so that vitest's module loader serves it like any other file.
  const dir = mkdtempSync(join(here, '../../node_modules/.react-18-'))
  const file = join(dir, 'app.mjs')
  writeFileSync(file, result.outputFiles[0]!.text)
  try {
    return (await import(/* @vite-ignore */ file)) as {
      runWithReact18: () => Promise<React18Result>
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('React 18.3 (the lower end of the peer range)', () => {
  it('one commit per change, StrictMode keeps one table, unmount destroys it, hydration matches', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const { runWithReact18 } = await loadReact18App()
      const result = await runWithReact18()
      expect(result).toEqual({
        version: expect.stringMatching(/^18\.3\./) as string,
        commitsPerSort: 1,
        commitsPerDataChange: 1,
        tableIds: 1,
        destroyedWhileMounted: false,
        destroyedAfterUnmount: true,
        hydrationErrors: 0,
        hydratedSame: true,
      })
      // React 18 warns about layout effects in renderToString; this window has a DOM, so the
      // hook takes useLayoutEffect here (on a real server, without `window`, it takes useEffect).
      const errors = consoleError.mock.calls.map((call) => String(call[0]))
      expect(
        errors.filter((message) => !message.includes('useLayoutEffect does nothing on the server')),
      ).toEqual([])
    } finally {
      consoleError.mockRestore()
    }
  }, 30_000)
})
