// `pnpm bench:browser`: GridKit + @gridkit/react against TanStack Table 8 and 9 (React adapters)
// and a plain-JS floor in headless Chromium, timed by Event Timing (input to next paint) on
// trusted clicks and key presses. Contenders alternate within each round, in one run.
// Options: --rounds=N (default 15; use 2 to check that it works).
import { chromium, type Page } from 'playwright-core'
import { median } from '../harness/median.ts'
import { timeInteraction } from './drive.ts'
import { bundlePage, PAGE_ENTRIES, servePages, type PageName } from './serve-pages.ts'
import { printResults, type Results } from './report.ts'

const roundsArg = process.argv.find((arg) => arg.startsWith('--rounds='))
const rounds = roundsArg === undefined ? 15 : Number(roundsArg.slice('--rounds='.length))
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a positive integer')

/** Contenders in the order of the first round; `floor-b` is the floor again (A/A). */
const CONTENDERS: readonly { id: string; page: PageName }[] = [
  { id: 'gridkit', page: 'gridkit' },
  { id: 'tanstack9', page: 'tanstack9' },
  { id: 'tanstack8', page: 'tanstack8' },
  { id: 'floor', page: 'floor' },
  { id: 'floor-b', page: 'floor' },
]

/** Keys typed per round: each one changes the filter ("a", "an", "a", ""). */
const KEYS = ['a', 'n', 'Backspace', 'Backspace'] as const

const scripts = new Map<string, string>()
for (const [name, entry] of Object.entries(PAGE_ENTRIES)) scripts.set(name, await bundlePage(entry))
const server = await servePages(scripts)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
try {
  const pages = new Map<string, Page>()
  for (const { id, page: name } of CONTENDERS) {
    const page = await (
      await browser.newContext({ viewport: { width: 1000, height: 800 } })
    ).newPage()
    page.on('pageerror', (error) => {
      throw error
    })
    await page.goto(`${server.url}/${name}/`)
    await page.waitForFunction(() => document.title === 'ready', undefined, { timeout: 120_000 })
    pages.set(id, page)
  }
  const results: Results = new Map(CONTENDERS.map(({ id }) => [id, { sort: [], filter: [] }]))
  for (let round = 0; round < rounds; round++) {
    // Rotate the order every round so no contender always goes first (or after the same one).
    const order = CONTENDERS.map((_, i) => CONTENDERS[(i + round) % CONTENDERS.length])
    for (const contender of order) {
      const page = contender === undefined ? undefined : pages.get(contender.id)
      const samples = contender === undefined ? undefined : results.get(contender.id)
      if (page === undefined || samples === undefined) continue
      await page.bringToFront()
      samples.sort.push(await timeInteraction(page, () => page.click('#sort')))
      await page.focus('#filter')
      for (const key of KEYS) {
        samples.filter.push(await timeInteraction(page, () => page.keyboard.press(key)))
      }
    }
    process.stdout.write(`round ${round + 1}/${rounds}\r`)
  }
  // Every contender got the same clicks and keys, so each must show the same page (by the sort
  // key: ties may be ordered differently); a contender that did less work would fail here.
  const shown = new Map<string, string>()
  for (const [id, page] of pages) {
    shown.set(
      id,
      await page.$$eval('tbody tr td:nth-child(3)', (cells) =>
        cells.map((c) => c.textContent).join(','),
      ),
    )
  }
  const reference = shown.get('floor')
  const differing = [...shown].filter(([, text]) => text !== reference).map(([id]) => id)
  printResults(results, { rounds, chromium: browser.version(), median })
  if (differing.length > 0) {
    console.error(`\nFAIL: ${differing.join(', ')} showed a different page than the floor`)
    process.exitCode = 1
  } else {
    console.log('\nEvery contender showed the same page after the same input.')
  }
} finally {
  await browser.close()
  server.close()
}
