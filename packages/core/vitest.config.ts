import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'core',
    include: ['src/**/*.test.ts'],
    // Chromium tests run in the 'browser' project (vitest.workspace.ts).
    exclude: ['src/**/*.browser.test.ts'],
    environment: 'node',
    // Leak-detection tests call gc(); the flag is harmless for the rest.
    execArgv: ['--expose-gc'],
  },
})
