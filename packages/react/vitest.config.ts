import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'

export default defineProject({
  resolve: {
    // Tests run against core's source, like core's own tests; the build uses core's dist.
    alias: [
      {
        find: /^@gridkit\/core\/table$/,
        replacement: fileURLToPath(new URL('../core/src/table.ts', import.meta.url)),
      },
      {
        find: /^@gridkit\/core$/,
        replacement: fileURLToPath(new URL('../core/src/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    name: 'react',
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['src/**/*.browser.test.*', '**/node_modules/**'],
    environment: 'happy-dom',
    setupFiles: ['src/__tests__/setup.ts'],
    // Unmount tests prove collection of the table with WeakRef + gc().
    execArgv: ['--expose-gc'],
  },
})
