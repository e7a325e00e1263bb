import { describe, expect, it } from 'vitest'
import type { SavedRun } from '../harness/saved-run.ts'
import { END_MARKER, START_MARKER, markdownTable, replaceResults } from '../write-doc.ts'

const RUN: SavedRun = {
  startedAt: '2026-12-02T18:00:00.000Z',
  machine: 'node v20.20.2, CPU x 2 cores, 24 GB RAM',
  argv: ['table', '--sizes=1k'],
  sizes: [1000],
  processes: 3,
  totalSeconds: 12.3,
  suites: [{ name: 'table', title: 'Table', seconds: 12 }],
  checks: [],
  summary: { title: 'All targets', header: ['check', 'mark'], rows: [['a | b', 'PASS']] },
  tables: [{ title: 'table @ 1k rows', header: ['scenario', 'gridkit'], rows: [['sort', '1 ms']] }],
  output: 'GridKit bench line\n',
}

describe('write-doc', () => {
  it('renders a saved table as markdown, escaping pipes', () => {
    expect(markdownTable(RUN.summary)).toBe(
      '**All targets**\n\n| check | mark |\n| :-- | --: |\n| a \\| b | PASS |',
    )
  })

  it('replaces only the section between the markers, from the saved run', () => {
    const doc = `# Benchmarks\n\nhand-written\n\n${START_MARKER}\nold figures\n${END_MARKER}\n\n## After\n`
    const written = replaceResults(doc, RUN)
    expect(written.startsWith('# Benchmarks\n\nhand-written\n\n')).toBe(true)
    expect(written.endsWith(`${END_MARKER}\n\n## After\n`)).toBe(true)
    expect(written).not.toContain('old figures')
    expect(written).toContain('`pnpm bench table --sizes=1k`')
    expect(written).toContain('each suite in 3 separate processes')
    expect(written).toContain('| sort | 1 ms |')
    expect(written).toContain('```text\nGridKit bench line\n```')
    // Writing twice gives the same document: the markers survive.
    expect(replaceResults(written, RUN)).toBe(written)
  })

  it('refuses a document without the markers', () => {
    expect(() => replaceResults('# Benchmarks\n', RUN)).toThrow(/markers/)
  })
})
