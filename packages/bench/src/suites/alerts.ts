import {
  AlertDispatcher,
  ConsoleAlertDestination,
  createCustomAlertDestination,
  EnhancedPerformanceMonitor,
} from '@gridkit/core'
import { formatNumber } from '../harness/format.ts'
import { measureOne } from '../harness/measure-one.ts'
import type { Suite } from '../harness/suite.ts'
import { printChecks, recordCheck, type TargetCheck } from '../harness/targets.ts'
import { enqueueToSendMs, SAMPLE_VIOLATION, withConsoleToDevNull } from './alerts-latency.ts'
import { bundleMainEntry } from './bundle-check.ts'

// Sub-microsecond calls: short batches and many of them (see the monitor suite).
const RUNS = { runs: 51, warmup: 9 }
// Worst case for the hot path: no cooldown or rate limit, so every violation is really queued.
const EVERY_ALERT = { cooldownMs: 0, rateLimit: false, maxQueue: 10_000_000 } as const

async function timeEnqueue(): Promise<TargetCheck[]> {
  const dispatcher = new AlertDispatcher(EVERY_ALERT)
  dispatcher.add(createCustomAlertDestination(() => undefined))
  const enqueue = await measureOne(
    'enqueue',
    () => {
      for (let call = 0; call < 1000; call++) dispatcher.enqueue(SAMPLE_VIOLATION)
    },
    { ...RUNS, callsPerRun: 1000 },
  )
  await dispatcher.flush()
  dispatcher.dispose()

  const monitor = new EnhancedPerformanceMonitor({
    budgets: { sorting: 50 },
    alerts: { ...EVERY_ALERT, destinations: [() => undefined] },
  })
  const within = await measureOne(
    'within',
    () => {
      for (let call = 0; call < 1000; call++) monitor.trackOperation('sorting', 20)
    },
    { ...RUNS, callsPerRun: 1000 },
  )
  const over = await measureOne(
    'over',
    () => {
      for (let call = 0; call < 1000; call++) monitor.trackOperation('sorting', 72.5)
    },
    { ...RUNS, callsPerRun: 1000 },
  )
  await monitor.flushAlerts()
  monitor.dispose()
  const added = (over.medianMs - within.medianMs) * 1000
  console.log(
    `\ntrackOperation within budget ${formatNumber(within.medianMs * 1000)} µs, over budget with alerts on ${formatNumber(over.medianMs * 1000)} µs`,
  )
  return [
    recordCheck({
      suite: 'alerts',
      label: 'AlertDispatcher.enqueue (accepted, queued)',
      measured: enqueue.medianMs * 1000,
      unit: 'µs',
      target: { kind: 'max', value: 2 },
      spec: { kind: 'max', value: 5000 },
    }),
    recordCheck({
      suite: 'alerts',
      label: 'added cost on the violating trackOperation',
      measured: added,
      unit: 'µs',
      target: { kind: 'max', value: 2 },
      spec: { kind: 'max', value: 5000 },
    }),
  ]
}

async function timeDelivery(): Promise<TargetCheck[]> {
  const consoleMs = await withConsoleToDevNull(() =>
    enqueueToSendMs(new ConsoleAlertDestination(), 31),
  )
  const customMs = await enqueueToSendMs(
    createCustomAlertDestination(() => undefined),
    31,
  )
  return [
    recordCheck({
      suite: 'alerts',
      label: 'console: enqueue to send resolved',
      measured: consoleMs,
      unit: 'ms',
      target: { kind: 'max', value: 5 },
      spec: { kind: 'max', value: 5 },
    }),
    recordCheck({
      suite: 'alerts',
      label: 'custom: enqueue to send resolved',
      measured: customMs,
      unit: 'ms',
      target: { kind: 'max', value: 5 },
      spec: { kind: 'max', value: 5 },
    }),
  ]
}

async function checkBundle(): Promise<TargetCheck[]> {
  const bundle = await bundleMainEntry()
  if (bundle.vendorInputs.length > 0) {
    console.log(`\n!!!! VENDOR CODE IN THE MAIN ENTRY: ${bundle.vendorInputs.join(', ')}`)
  }
  console.log(
    `\nmain entry (dist/index.js) bundled by esbuild: ${bundle.inputCount} inputs, ` +
      `${formatNumber(bundle.minifiedBytes / 1024)} KB minified, ` +
      `${formatNumber(bundle.gzipBytes / 1024)} KB minified+gzip, ` +
      `vendor inputs: ${bundle.vendorInputs.length === 0 ? 'none' : bundle.vendorInputs.join(', ')}`,
  )
  return [
    recordCheck({
      suite: 'alerts',
      label: 'vendor SDK inputs in the main entry bundle',
      measured: bundle.vendorInputs.length,
      unit: 'files',
      target: { kind: 'max', value: 0 },
    }),
  ]
}

/** Issue 4 "Speed": the hot-path cost of alerting, delivery latency, and a vendor-free main entry. */
export const alertsSuite: Suite = {
  name: 'alerts',
  title: 'Alerts: enqueue cost, delivery latency, main entry bundle (issue 4)',
  async run() {
    const checks = [...(await timeEnqueue()), ...(await timeDelivery()), ...(await checkBundle())]
    printChecks('alerts targets (issue 4)', checks)
  },
}
