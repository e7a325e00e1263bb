// The list of vitest projects. Vitest 4 reads projects from `test.projects`;
// vitest.config.ts imports this list so there is one place to add a package.
import { fileURLToPath } from 'node:url'

const harness = fileURLToPath(new URL('./packages/browser-harness/src/index.ts', import.meta.url))

/** Tests in real Chromium (Node side drives it): `*.browser.test.ts(x)` of any package, one file at a time. */
const browserProject = {
  resolve: { alias: { '@gridkit/browser-harness': harness } },
  test: {
    name: 'browser',
    include: ['packages/*/src/**/*.browser.test.{ts,tsx}'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['packages/browser-harness/src/global-setup.ts'],
  },
}

export const projects = ['packages/core', 'packages/react', 'packages/bench', browserProject]

export default projects
