import { fork } from 'node:child_process'
import { totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { Measurement } from './measurements.ts'
import type { TargetCheck } from './targets.ts'

/** Row counts from which a suite gets a larger heap. */
const LARGE_SIZE = 1_000_000

/**
 * The old-space limit of a suite run with 1M rows or more: 60% of the machine's memory.
 * Node's default (about 4 GB here) ended the 1M table suite with "heap out of memory"
 * (TanStack 9 alone retains about 1 GB per 1M rows, beside each contender's data and
 * models). Smaller runs keep Node's default, so their GC behaves as in earlier runs.
 */
function heapLimitFlag(largestSize: number): string[] {
  if (largestSize < LARGE_SIZE) return []
  if (process.execArgv.some((flag) => flag.startsWith('--max-old-space-size'))) return []
  return [`--max-old-space-size=${String(Math.floor((totalmem() / 2 ** 20) * 0.6))}`]
}

/** Set in a suite's own process; its value is the suite to run. */
export const CHILD_SUITE_ENV = 'GRIDKIT_BENCH_SUITE'

/** What a suite's process sends back to the parent when it is done. */
export interface SuiteReport {
  checks: TargetCheck[]
  measurements: Measurement[]
}

function isSuiteReport(message: unknown): message is SuiteReport {
  return (
    typeof message === 'object' &&
    message !== null &&
    Array.isArray((message as SuiteReport).checks) &&
    Array.isArray((message as SuiteReport).measurements)
  )
}

/**
 * Runs one suite in a fresh node process (same flags: `--expose-gc`, tsx; with 1M rows or
 * more, a heap limit of 60% of the machine's memory) and resolves with
 * its checks and measurements. A fresh VM per suite keeps one suite's heap and JIT state
 * (1M-row tables, call sites turned megamorphic) from slowing the next suite's microsecond
 * timings, and running a suite in several processes shows how much a figure moves between
 * VMs (allocator and JIT luck), which no number of rounds in one process can.
 */
export function runSuiteInChildProcess(
  runScript: string,
  suite: string,
  args: readonly string[],
  largestSize: number,
): Promise<SuiteReport> {
  return new Promise((resolve, reject) => {
    let report: SuiteReport | undefined
    const child = fork(fileURLToPath(runScript), [...args], {
      execArgv: [...process.execArgv, ...heapLimitFlag(largestSize)],
      env: { ...process.env, [CHILD_SUITE_ENV]: suite },
      // stdout through the parent, so the run's saved output has every line the suites printed.
      stdio: ['inherit', 'pipe', 'inherit', 'ipc'],
    })
    child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(chunk))
    child.on('message', (message: unknown) => {
      if (isSuiteReport(message)) report = message
    })
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0 && report !== undefined) resolve(report)
      else reject(new Error(`suite ${suite} exited with code ${String(code)} before reporting`))
    })
  })
}

/** In a suite's process: hands the checks to the parent and lets the process end. */
export function reportToParent(
  checks: readonly TargetCheck[],
  measurements: readonly Measurement[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const report: SuiteReport = { checks: [...checks], measurements: [...measurements] }
    if (process.send === undefined) {
      reject(new Error(`${CHILD_SUITE_ENV} is set but there is no parent process to report to`))
      return
    }
    process.send(report, undefined, {}, (error: Error | null) => {
      if (error === null) {
        process.disconnect()
        resolve()
      } else {
        reject(error)
      }
    })
  })
}
