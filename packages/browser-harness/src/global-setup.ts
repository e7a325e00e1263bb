import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { CHROMIUM_PATH } from './chromium'
import { HARNESS_DIR } from './bundle'

/** Fails the browser run at once, with the fix, when Chromium or the built packages are missing. */
export default function checkBrowserPrerequisites(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (see .ci/run).`,
    )
  }
  const coreBuild = join(HARNESS_DIR, '..', 'core', 'dist', 'index.js')
  if (!existsSync(coreBuild)) {
    throw new Error('Browser tests load the built packages: run "pnpm build" first.')
  }
}
