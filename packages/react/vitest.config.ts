import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'react',
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['src/**/*.browser.test.*', '**/node_modules/**'],
    environment: 'happy-dom',
    // Unmount tests prove collection of the table with WeakRef + gc().
    execArgv: ['--expose-gc'],
  },
})
