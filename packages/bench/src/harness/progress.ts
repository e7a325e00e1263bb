import { harnessSpentMs } from './measure-alternating.ts'

let last = { prepare: 0, gc: 0, run: 0, at: performance.now() }

/** One stderr line per finished step: wall time and where it went (run, prepare, gc). */
export function reportProgress(step: string): void {
  const spent = harnessSpentMs()
  const now = performance.now()
  const seconds = (ms: number): string => (ms / 1000).toFixed(1)
  process.stderr.write(
    `  [${step}] ${seconds(now - last.at)} s (run ${seconds(spent.run - last.run)}, ` +
      `prepare ${seconds(spent.prepare - last.prepare)}, gc ${seconds(spent.gc - last.gc)})\n`,
  )
  last = { ...spent, at: now }
}
