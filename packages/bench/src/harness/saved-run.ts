import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { CombinedCheck, SavedTable } from './combine.ts'

/** One `pnpm bench` run as saved for docs/benchmarks.md. */
export interface SavedRun {
  /** ISO time the run started. */
  startedAt: string
  /** Node version, CPU model and count, RAM. */
  machine: string
  /** The bench's command-line arguments. */
  argv: string[]
  sizes: number[]
  processes: number
  totalSeconds: number
  suites: { name: string; title: string; seconds: number }[]
  checks: CombinedCheck[]
  /** The combined checks as printed. */
  summary: SavedTable
  /** The combined medians per size, as printed. */
  tables: SavedTable[]
  /** Everything the run printed to stdout (progress lines go to stderr and are not kept). */
  output: string
}

/** Where the last run is saved: `packages/bench/results/last-run.json`. */
export const LAST_RUN_PATH = fileURLToPath(new URL('../../results/last-run.json', import.meta.url))

/** Saves the run and returns the path. */
export function saveRun(run: SavedRun): string {
  mkdirSync(new URL('../../results/', import.meta.url), { recursive: true })
  writeFileSync(LAST_RUN_PATH, `${JSON.stringify(run, null, 2)}\n`)
  return LAST_RUN_PATH
}

/** Reads a saved run (`path` defaults to the last one). */
export function loadRun(path: string = LAST_RUN_PATH): SavedRun {
  return JSON.parse(readFileSync(path, 'utf8')) as SavedRun
}
