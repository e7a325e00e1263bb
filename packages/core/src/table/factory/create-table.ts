import { GridKitError, describeValue } from '../../errors/GridKitError'
import { resolvePerformanceFeature } from '../../performance/integration/options'
import { TablePerformanceIntegration } from '../../performance/integration/TablePerformanceIntegration'
import { connectSummaryBeacon } from '../../performance/summary/connectSummaryBeacon'
import { TableInstance } from '../instance/TableInstance'
import type { MetricsOf, TableFeatures, TableOptions } from '../types/options'
import {
  validateData,
  validateFeatures,
  validateOptionalFunction,
  validateTableId,
} from './validate-options'

let tableCount = 0

function defaultRowId(_original: unknown, index: number): string {
  return String(index)
}

function defaultOnError(error: unknown): void {
  console.error(error)
}

/**
 * Creates a table. Options are checked here: bad input throws a `GridKitError` whose
 * `code` says what is wrong and whose message names the option and what it accepts.
 */
export function createTable<TData, TFeatures extends TableFeatures = TableFeatures>(
  options: TableOptions<TData, TFeatures>,
): TableInstance<TData, MetricsOf<TFeatures>> {
  if (typeof options !== 'object' || (options as unknown) === null) {
    throw new GridKitError(
      'INVALID_OPTION',
      `createTable needs an options object with "data" and "columns"; got ${describeValue(options)}.`,
      { option: 'options' },
    )
  }
  const { data, columns, getRowId, initialState, onStateChange, onError, features, id } = options
  validateData(data)
  validateOptionalFunction('getRowId', getRowId)
  validateOptionalFunction('onStateChange', onStateChange)
  validateOptionalFunction('onError', onError)
  validateFeatures(features)
  validateTableId(id)
  // Validated before the table exists, so bad performance options leave nothing behind.
  const performance = resolvePerformanceFeature(features?.performance)
  tableCount++
  const reportError = onError ?? defaultOnError
  const table = new TableInstance<TData, MetricsOf<TFeatures>>(
    {
      id: id ?? `table-${tableCount}`,
      data,
      columns,
      getRowId: getRowId ?? defaultRowId,
      initialState,
      onStateChange,
      onError: reportError,
    },
    performance?.monitor as MetricsOf<TFeatures>,
  )
  // Disabled or absent means absent: no observer, no listener, nothing in the call path.
  if (performance !== undefined) {
    const integration = new TablePerformanceIntegration(table, performance.monitor, {
      userTiming: performance.userTiming,
      ownsMonitor: performance.ownsMonitor,
      onError: reportError,
    })
    integration.initialize()
    const summaryBeacon =
      performance.summary === undefined
        ? undefined
        : connectSummaryBeacon(performance.monitor, performance.summary)
    table.addTeardown(() => {
      summaryBeacon?.disconnect()
      integration.destroy()
      if (performance.ownsMonitor) performance.monitor.cancelAlerts()
    })
  }
  return table
}
