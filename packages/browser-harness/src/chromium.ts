import { existsSync } from 'node:fs'
import { type Browser, type BrowserContextOptions, type Page, chromium } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'

/** Debian's Chromium (`apt-get install -y chromium`); `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Flags that keep a headless Chromium quiet and off the network. */
const DEFAULT_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
]

/** Options of {@link useChromium}. */
export interface ChromiumOptions {
  /** Extra command-line flags (e.g. `--enable-precise-memory-info`). */
  args?: string[]
}

/** Options of {@link ChromiumHandle.newPage}. */
export interface NewPageOptions extends BrowserContextOptions {
  /** `console.error` messages matching this do not fail the test. */
  allowConsoleErrors?: RegExp
}

/** What `useChromium` gives a test file. */
export interface ChromiumHandle {
  /** The browser (launched in beforeAll). */
  readonly browser: Browser
  /**
   * A fresh page in its own context. Its page errors (uncaught exceptions and unhandled
   * rejections) and `console.error` messages are collected and fail the test in afterEach.
   */
  newPage(options?: NewPageOptions): Promise<Page>
  /** Returns and forgets the problems collected so far (for tests that expect one). */
  takePageErrors(): string[]
}

/** Launches Chromium; throws with the install command when it is missing. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`,
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...DEFAULT_ARGS, ...(options.args ?? [])],
  })
}

/**
 * One Chromium for the test file: launched in beforeAll, closed in afterAll. Every page
 * made by `newPage()` is closed after its test, and the test fails if any of them
 * reported a page error.
 */
export function useChromium(options: ChromiumOptions = {}): ChromiumHandle {
  let browser: Browser | undefined
  const pages: Page[] = []
  const problems: string[] = []
  beforeAll(async () => {
    browser = await launchChromium(options)
  }, 60_000)
  afterEach(async () => {
    const found = problems.splice(0)
    await Promise.all(pages.splice(0).map((page) => page.context().close()))
    if (found.length > 0) {
      throw new Error(`the page reported ${found.length} error(s):\n${found.join('\n')}`)
    }
  })
  afterAll(async () => {
    await browser?.close()
  })
  return {
    get browser(): Browser {
      if (browser === undefined) throw new Error('useChromium(): the browser launches in beforeAll')
      return browser
    },
    takePageErrors(): string[] {
      return problems.splice(0)
    },
    async newPage(pageOptions: NewPageOptions = {}): Promise<Page> {
      const { allowConsoleErrors, ...contextOptions } = pageOptions
      if (browser === undefined) throw new Error('useChromium(): the browser launches in beforeAll')
      const context = await browser.newContext(contextOptions)
      const page = await context.newPage()
      pages.push(page)
      page.on('pageerror', (error) => {
        problems.push(`pageerror: ${error.stack ?? error.message}`)
      })
      page.on('console', (message) => {
        if (message.type() !== 'error') return
        const text = message.text()
        if (allowConsoleErrors?.test(text) === true) return
        const { url } = message.location()
        problems.push(`console.error: ${text}${url === '' ? '' : ` (${url})`}`)
      })
      return page
    },
  }
}
