import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { AlertsConfig } from '../alerts/config'
import { PERFORMANCE_BUDGETS } from '../budgets/presets'
import type { BudgetsInput } from '../budgets/validateBudget'
import { resolveInteractionsOptions } from '../interactions/interactionsOptions'
import type { InteractionsInput } from '../interactions/types'
import type { MemoryTrackingOptions } from '../memory/MemoryTracker'
import { EnhancedPerformanceMonitor } from '../monitor/EnhancedPerformanceMonitor'
import { isEnhancedPerformanceMonitor } from '../monitor/monitor-brand'
import {
  resolveSummaryBeaconOptions,
  type SummaryBeaconOptions,
} from '../summary/summaryBeaconOptions'

/** Memory options of the performance feature (see docs/performance/memory.md). */
export type PerformanceMemoryOptions = MemoryTrackingOptions

/** `features.performance` of `createTable`: `true`, or these options. */
export interface PerformanceFeatureOptions {
  /** Monitoring is on unless this is false (default true). */
  enabled?: boolean
  /** Budgets: a list, `createBudgetPreset(...)`, or a record such as `PERFORMANCE_BUDGETS.INTERACTIVE` (the default). */
  budgets?: BudgetsInput
  /** Alert destinations and delivery options. */
  alerts?: AlertsConfig
  /** Samples per operation the percentiles cover (default 1024). */
  windowSize?: number
  /** Distinct operation names kept (default 256). */
  maxOperations?: number
  /** A monitor shared with other tables; it is then configured by its owner, not here. */
  monitor?: EnhancedPerformanceMonitor
  /** Also record each operation as a `gridkit:` User Timing measure (default false). */
  userTiming?: boolean
  /** Heap sampling and leak detection. */
  memory?: PerformanceMemoryOptions
  /** Interactions (Event Timing) attributed to table work; on by default where supported. */
  interactions?: InteractionsInput
  /** Send a mergeable summary of this table's samples to `url` on page hide (docs/performance/fleet.md). */
  summary?: SummaryBeaconOptions
}

/** What `features.performance` accepts. */
export type PerformanceFeatureInput = boolean | PerformanceFeatureOptions

/** The feature after validation, or `undefined` when it is off. */
export interface ResolvedPerformanceFeature {
  /** The monitor the table reports to. */
  monitor: EnhancedPerformanceMonitor
  /** Whether the table created the monitor (and so disposes it on destroy). */
  ownsMonitor: boolean
  /** Whether to record User Timing measures. */
  userTiming: boolean
  /** `features.performance.interactions` as validated (`true` when not given). */
  interactions: InteractionsInput
  /** Where to send the session summary on page hide, when asked (validated). */
  summary?: SummaryBeaconOptions
}

const KNOWN_KEYS = new Set<string>([
  'enabled',
  'budgets',
  'alerts',
  'windowSize',
  'maxOperations',
  'monitor',
  'userTiming',
  'memory',
  'interactions',
  'summary',
])

/** Options that configure a monitor, refused beside a shared `monitor`. */
const MONITOR_KEYS = ['budgets', 'alerts', 'windowSize', 'maxOperations', 'memory'] as const

/** Budgets of a table's own monitor when none are given: the spec's interactive budgets. */
const DEFAULT_BUDGETS: BudgetsInput = PERFORMANCE_BUDGETS.INTERACTIVE

const FEATURE_PATH = 'features.performance'

function invalid(option: string, message: string): GridKitError {
  return new GridKitError('INVALID_PERFORMANCE_OPTION', message, { option })
}

function checkBoolean(name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') {
    throw invalid(
      name,
      `features.performance.${name} must be true or false; got ${describeValue(value)}.`,
    )
  }
}

/**
 * Validates `features.performance` and builds (or takes) its monitor. Bad configuration
 * throws a `GridKitError` naming the option; `false`, `undefined` or `enabled: false`
 * return `undefined`, so a disabled feature leaves nothing behind.
 */
export function resolvePerformanceFeature(input: unknown): ResolvedPerformanceFeature | undefined {
  if (input === undefined || input === false) return undefined
  if (input === true) {
    const monitor = new EnhancedPerformanceMonitor({ budgets: DEFAULT_BUDGETS })
    return { monitor, ownsMonitor: true, userTiming: false, interactions: true }
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalid(
      'performance',
      `features.performance must be true, false or an options object; got ${describeValue(input)}.`,
    )
  }
  const options = input as Record<string, unknown>
  for (const key of Object.keys(options)) {
    if (!KNOWN_KEYS.has(key)) {
      throw invalid(
        key,
        `features.performance.${key} is not an option; accepted: ${[...KNOWN_KEYS].join(', ')}.`,
      )
    }
  }
  checkBoolean('enabled', options.enabled)
  checkBoolean('userTiming', options.userTiming)
  const summary =
    options.summary === undefined ? undefined : resolveSummaryBeaconOptions(options.summary)
  if (options.enabled === false) return undefined
  const userTiming = options.userTiming === true
  resolveInteractionsOptions(options.interactions)
  const interactions = (options.interactions ?? true) as InteractionsInput

  if (options.monitor !== undefined) {
    if (!isEnhancedPerformanceMonitor(options.monitor)) {
      throw invalid(
        'monitor',
        `features.performance.monitor must be an EnhancedPerformanceMonitor; got ${describeValue(options.monitor)}.`,
      )
    }
    const clash = MONITOR_KEYS.find((key) => options[key] !== undefined)
    if (clash !== undefined) {
      throw invalid(
        clash,
        `features.performance.${clash} cannot be set beside a shared monitor; configure the monitor itself (new EnhancedPerformanceMonitor({ ${clash} })).`,
      )
    }
    if (summary !== undefined) {
      // Every table of a shared monitor would send the same samples again.
      throw invalid(
        'summary',
        'features.performance.summary cannot be set beside a shared monitor; call connectSummaryBeacon(monitor, { url }) once for the monitor instead.',
      )
    }
    return { monitor: options.monitor, ownsMonitor: false, userTiming, interactions }
  }

  const typed = options as PerformanceFeatureOptions
  try {
    const monitor = new EnhancedPerformanceMonitor({
      windowSize: typed.windowSize,
      maxOperations: typed.maxOperations,
      budgets: typed.budgets ?? DEFAULT_BUDGETS,
      alerts: typed.alerts,
      memory: typed.memory,
    })
    return { monitor, ownsMonitor: true, userTiming, interactions, summary }
  } catch (error) {
    throw underFeaturePath(error)
  }
}

/** Restates a monitor's option error with its path under `features.performance`. */
function underFeaturePath(error: unknown): unknown {
  if (!(error instanceof GridKitError)) return error
  const option = error.details?.option
  const path = typeof option === 'string' ? `${FEATURE_PATH}.${option}` : FEATURE_PATH
  return new GridKitError(error.code, `${path}: ${error.message}`, {
    ...error.details,
    option: path,
  })
}
