import { GridKitError, describeValue } from '../../errors/GridKitError'
import { TableInstance } from '../instance/TableInstance'
import type { MetricsOf, TableFeatures, TableOptions } from '../types/options'
import type { PreparedFeature, TableFeatureInstaller } from './feature-installer'
import {
  validateData,
  validateFeatures,
  validateLocale,
  validateOptionalBoolean,
  validateOptionalFunction,
  validateTableId,
} from './validate-options'

/**
 * The table counter, shared by every copy of the package in the realm (CommonJS and ES
 * module builds side by side), so default ids never collide (issue 10 §7).
 */
const TABLE_COUNTER = Symbol.for('gridkit.tableCount')

function nextTableNumber(): number {
  const scope = globalThis as { [TABLE_COUNTER]?: number }
  const next = (scope[TABLE_COUNTER] ?? 0) + 1
  scope[TABLE_COUNTER] = next
  return next
}

function defaultRowId(_original: unknown, index: number): string {
  return String(index)
}

function defaultOnError(error: unknown): void {
  console.error(error)
}

/** The signature of `createTable`, whichever features it was bound to. */
export type CreateTable = <TData, TFeatures extends TableFeatures = TableFeatures>(
  options: TableOptions<TData, TFeatures>,
) => TableInstance<TData, MetricsOf<TFeatures>>

/**
 * Validates every feature set in `features` through its installer, before the table exists.
 * A feature turned on without its installer throws: the app imported the light entry.
 */
function prepareFeatures(
  installers: readonly TableFeatureInstaller[],
  features: TableFeatures | undefined,
): PreparedFeature[] {
  const prepared: PreparedFeature[] = []
  if (features === undefined) return prepared
  for (const [name, input] of Object.entries(features)) {
    const installer = installers.find((entry) => entry.feature === name)
    if (installer === undefined) {
      // Off (`undefined`, `false`) needs no code, so the light entry accepts it.
      if (input === undefined || input === false) continue
      throw new GridKitError(
        'FEATURE_NOT_INCLUDED',
        `features.${name} needs createTable from '@gridkit/core', not '@gridkit/core/table'.`,
        { option: `features.${name}` },
      )
    }
    const feature = installer.prepare(input)
    if (feature !== undefined) prepared.push(feature)
  }
  return prepared
}

/**
 * Builds a `createTable` that installs the given optional features. The table never imports
 * a feature: `@gridkit/core` binds the performance installer, `@gridkit/core/table` binds none.
 */
export function createTableWith(installers: readonly TableFeatureInstaller[]): CreateTable {
  return function createTable<TData, TFeatures extends TableFeatures = TableFeatures>(
    options: TableOptions<TData, TFeatures>,
  ): TableInstance<TData, MetricsOf<TFeatures>> {
    if (typeof options !== 'object' || (options as unknown) === null) {
      throw new GridKitError(
        'INVALID_OPTION',
        `createTable needs an options object with "data" and "columns"; got ${describeValue(options)}.`,
        { option: 'options' },
      )
    }
    const {
      data,
      columns,
      getRowId,
      initialState,
      onStateChange,
      onError,
      features,
      id,
      autoResetPageIndex,
      locale,
    } = options
    validateData(data)
    validateOptionalBoolean('autoResetPageIndex', autoResetPageIndex)
    validateLocale(locale)
    validateOptionalFunction('getRowId', getRowId)
    validateOptionalFunction('onStateChange', onStateChange)
    validateOptionalFunction('onError', onError)
    validateFeatures(features)
    validateTableId(id)
    // Validated before the table exists, so bad feature options leave nothing behind.
    const prepared = prepareFeatures(installers, features)
    const tableNumber = nextTableNumber()
    const reportError = onError ?? defaultOnError
    const metrics = prepared.find((feature) => feature.metrics !== undefined)?.metrics
    const table = new TableInstance<TData, MetricsOf<TFeatures>>(
      {
        id: id ?? `table-${tableNumber}`,
        data,
        columns,
        getRowId: getRowId ?? defaultRowId,
        initialState,
        onStateChange,
        onError: reportError,
        autoResetPageIndex: autoResetPageIndex ?? true,
        locale,
      },
      metrics as MetricsOf<TFeatures>,
    )
    // Disabled or absent means absent: no observer, no listener, nothing in the call path.
    for (const feature of prepared) {
      feature.install(table as TableInstance<unknown>, { onError: reportError })
    }
    return table
  }
}

/**
 * Creates a table without optional features (`@gridkit/core/table`). Options are checked
 * here: bad input throws a `GridKitError` whose `code` says what is wrong and whose message
 * names the option and what it accepts.
 */
export const createTable: CreateTable = createTableWith([])
