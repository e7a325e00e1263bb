import type { Meter } from '@opentelemetry/api'
import { GridKitError, describeValue } from '../errors/GridKitError'

/** Options of `connectOpenTelemetry`. */
export interface OpenTelemetryOptions {
  /** The app's own Meter (`metrics.getMeter('my-app')` of `@opentelemetry/api` 1.x). */
  meter: Meter
  /** Put the table id on every data point as `gridkit.table.id` (default false: unbounded cardinality). */
  tableId?: boolean
  /** Explicit bucket boundaries (ms, ascending) advised to the SDK; default derived from the budgets. */
  boundaries?: readonly number[]
}

/** The options after validation. */
export interface ResolvedOpenTelemetryOptions {
  meter: Meter
  tableId: boolean
  boundaries: number[] | undefined
}

function invalid(option: string, accepted: string, value: unknown): GridKitError {
  return new GridKitError(
    'INVALID_OPTION',
    `connectOpenTelemetry option "${option}" must be ${accepted}; got ${describeValue(value)}.`,
    { option },
  )
}

/** Validates the options; throws `INVALID_OPTION` naming the option and what is accepted. */
export function resolveOpenTelemetryOptions(options: unknown): ResolvedOpenTelemetryOptions {
  if (typeof options !== 'object' || options === null) {
    throw invalid('options', 'an object with a "meter"', options)
  }
  const { meter, tableId, boundaries } = options as Record<string, unknown>
  const candidate = meter as Partial<Meter> | null | undefined
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    typeof candidate.createHistogram !== 'function' ||
    typeof candidate.createCounter !== 'function'
  ) {
    throw invalid('meter', "an OpenTelemetry Meter (meterProvider.getMeter('app'))", meter)
  }
  if (tableId !== undefined && typeof tableId !== 'boolean') {
    throw invalid('tableId', 'true or false', tableId)
  }
  if (boundaries !== undefined && !isAscendingDurations(boundaries)) {
    throw invalid('boundaries', 'a non-empty ascending array of finite ms values > 0', boundaries)
  }
  return {
    meter: candidate as Meter,
    tableId: tableId === true,
    boundaries: boundaries === undefined ? undefined : [...(boundaries as number[])],
  }
}

function isAscendingDurations(value: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0) return false
  let previous = 0
  for (const edge of value as unknown[]) {
    if (typeof edge !== 'number' || !Number.isFinite(edge) || edge <= previous) return false
    previous = edge
  }
  return true
}
