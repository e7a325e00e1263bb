import { defineProject } from 'vitest/config'

// Unit tests of the bench's own bookkeeping (combining processes, writing the doc); the
// benchmarks themselves run with `pnpm bench`, never under vitest.
export default defineProject({
  test: {
    name: 'bench',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
})
