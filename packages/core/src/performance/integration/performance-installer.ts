import type { TableFeatureInstaller } from '../../table/factory/feature-installer'
import { observeInteractions } from '../interactions/observeInteractions'
import { connectSummaryBeacon } from '../summary/connectSummaryBeacon'
import { resolvePerformanceFeature } from './options'
import { TablePerformanceIntegration } from './TablePerformanceIntegration'

/**
 * Installs `features.performance`: validates its options and builds (or takes) the monitor
 * before the table exists, then connects the table to it. Bound into `@gridkit/core`'s
 * `createTable`; the table itself never imports it.
 */
export const performanceInstaller: TableFeatureInstaller = {
  feature: 'performance',
  prepare(input) {
    const performance = resolvePerformanceFeature(input)
    if (performance === undefined) return undefined
    return {
      metrics: performance.monitor,
      install(table, { onError }) {
        const integration = new TablePerformanceIntegration(table, performance.monitor, {
          userTiming: performance.userTiming,
          ownsMonitor: performance.ownsMonitor,
          onError,
        })
        integration.initialize()
        const stopInteractions = observeInteractions(
          performance.monitor,
          performance.interactions,
          { onError },
        )
        const summaryBeacon =
          performance.summary === undefined
            ? undefined
            : connectSummaryBeacon(performance.monitor, performance.summary)
        table.addTeardown(() => {
          summaryBeacon?.disconnect()
          stopInteractions()
          integration.destroy()
          if (performance.ownsMonitor) performance.monitor.cancelAlerts()
        })
      },
    }
  },
}
