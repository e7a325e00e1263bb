import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'core',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Leak-detection tests call gc(); the flag is harmless for the rest.
    execArgv: ['--expose-gc'],
  },
})
