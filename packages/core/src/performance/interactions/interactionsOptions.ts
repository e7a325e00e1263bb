import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { InteractionsOptions } from './types'

/** Default shortest interaction recorded, ms (web-vitals' INP default). */
export const DEFAULT_DURATION_THRESHOLD = 40

/** The browser reports no event entry shorter than this, ms. */
export const MIN_DURATION_THRESHOLD = 16

/** Default number of recent interactions kept with their attribution. */
export const DEFAULT_MAX_INTERACTIONS = 50

/** Largest accepted `maxInteractions`. */
export const MAX_INTERACTIONS = 10_000

/** Interaction options after validation. */
export interface ResolvedInteractionsOptions {
  /** Shortest interaction recorded, ms. */
  durationThreshold: number
  /** Recent interactions kept. */
  maxInteractions: number
}

const PATH = 'features.performance.interactions'
const KNOWN_KEYS = ['enabled', 'durationThreshold', 'maxInteractions']

function invalid(option: string, accepted: string, value: unknown): GridKitError {
  const path = option === '' ? PATH : `${PATH}.${option}`
  return new GridKitError(
    'INVALID_PERFORMANCE_OPTION',
    `${path} must be ${accepted}; got ${describeValue(value)}.`,
    { option: path },
  )
}

/**
 * Validates `features.performance.interactions`. `undefined` means on (the default), `false`
 * or `enabled: false` return `undefined`. Bad values throw `INVALID_PERFORMANCE_OPTION`
 * naming the option; whether the browser supports Event Timing is decided later, silently.
 */
export function resolveInteractionsOptions(
  input: unknown,
): ResolvedInteractionsOptions | undefined {
  if (input === false) return undefined
  if (input === undefined || input === true) {
    return {
      durationThreshold: DEFAULT_DURATION_THRESHOLD,
      maxInteractions: DEFAULT_MAX_INTERACTIONS,
    }
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalid('', 'true, false or an options object', input)
  }
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.includes(key)) {
      throw new GridKitError(
        'INVALID_PERFORMANCE_OPTION',
        `${PATH}.${key} is not an option; accepted: ${KNOWN_KEYS.join(', ')}.`,
        { option: `${PATH}.${key}` },
      )
    }
  }
  const { enabled, durationThreshold, maxInteractions } = input as Record<
    keyof InteractionsOptions,
    unknown
  >
  if (enabled !== undefined && typeof enabled !== 'boolean') {
    throw invalid('enabled', 'true or false', enabled)
  }
  if (
    durationThreshold !== undefined &&
    (typeof durationThreshold !== 'number' ||
      !Number.isFinite(durationThreshold) ||
      durationThreshold < MIN_DURATION_THRESHOLD)
  ) {
    throw invalid(
      'durationThreshold',
      `a number of ms of at least ${MIN_DURATION_THRESHOLD} (the browser reports nothing shorter)`,
      durationThreshold,
    )
  }
  if (
    maxInteractions !== undefined &&
    (typeof maxInteractions !== 'number' ||
      !Number.isInteger(maxInteractions) ||
      maxInteractions < 1 ||
      maxInteractions > MAX_INTERACTIONS)
  ) {
    throw invalid('maxInteractions', `an integer from 1 to ${MAX_INTERACTIONS}`, maxInteractions)
  }
  if (enabled === false) return undefined
  return {
    durationThreshold: durationThreshold ?? DEFAULT_DURATION_THRESHOLD,
    maxInteractions: maxInteractions ?? DEFAULT_MAX_INTERACTIONS,
  }
}
