// `pnpm bench:doc [run.json]`: writes the results section of docs/benchmarks.md from a saved
// run (default packages/bench/results/last-run.json), so no figure in it is copied by hand.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import type { SavedTable } from './harness/combine.ts'
import { loadRun, type SavedRun } from './harness/saved-run.ts'

const DOC_PATH = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url))
export const START_MARKER = '<!-- bench:results:start (written by pnpm bench:doc; do not edit) -->'
export const END_MARKER = '<!-- bench:results:end -->'

function cell(text: string): string {
  return text.replaceAll('|', '\\|')
}

/** A saved table as a GitHub markdown table under a bold title; numbers right-aligned. */
export function markdownTable(table: SavedTable): string {
  const align = table.header.map((_, column) => (column === 0 ? ':--' : '--:'))
  const lines = [
    `**${cell(table.title)}**`,
    '',
    `| ${table.header.map(cell).join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ]
  return lines.join('\n')
}

/** The generated section: run facts, the combined target list, combined tables, full output. */
export function resultsSection(run: SavedRun): string {
  const passed = run.checks.filter((check) => check.pass).length
  const suites = run.suites.map((suite) => `${suite.name} ${suite.seconds.toFixed(0)} s`)
  return [
    START_MARKER,
    '',
    '## Machine and run',
    '',
    `- Started ${run.startedAt} (UTC): \`pnpm bench ${run.argv.join(' ')}\`, sizes ` +
      `${run.sizes.join(', ')} rows, each suite in ${String(run.processes)} separate processes.`,
    `- ${run.machine}.`,
    `- Took ${run.totalSeconds.toFixed(0)} s after the build (${suites.join(', ')}).`,
    `- ${String(passed)} of ${String(run.checks.length)} targets passed in every process.`,
    '',
    '## Summary: every target',
    '',
    markdownTable(run.summary),
    '',
    '## Combined figures',
    '',
    ...run.tables.flatMap((table) => [markdownTable(table), '']),
    '## Full output',
    '',
    'Everything the run printed to stdout (progress lines go to stderr and are left out).',
    '',
    '```text',
    run.output.trimEnd(),
    '```',
    '',
    END_MARKER,
  ].join('\n')
}

/** Replaces the section between the markers of `doc` with the run's. */
export function replaceResults(doc: string, run: SavedRun): string {
  const start = doc.indexOf(START_MARKER)
  const end = doc.indexOf(END_MARKER)
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`docs/benchmarks.md needs the markers ${START_MARKER} and ${END_MARKER}`)
  }
  return doc.slice(0, start) + resultsSection(run) + doc.slice(end + END_MARKER.length)
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const run = loadRun(process.argv[2])
  const doc = replaceResults(readFileSync(DOC_PATH, 'utf8'), run)
  // Formatted as `pnpm format:check` expects, so a written doc passes `pnpm test` as it is.
  const options = await resolveConfig(DOC_PATH)
  writeFileSync(DOC_PATH, await format(doc, { ...options, filepath: DOC_PATH }))
  console.log(`docs/benchmarks.md: results of the run of ${run.startedAt} written`)
}
