import { GridKitError, describeValue } from '../../errors/GridKitError'
import { defaultClock, type Clock } from '../monitor/clock'
import type { LeakDetectionMode, LeakDetectorOptions } from './types'

/** Default time after a release before survivors count as leaks, ms. */
export const DEFAULT_LEAK_GRACE_PERIOD_MS = 5000

/** Default rows sampled per generation in sampled mode. */
export const DEFAULT_LEAK_SAMPLE_SIZE = 256

const MODES: readonly LeakDetectionMode[] = ['off', 'sampled', 'full']

/** Leak detector options with defaults applied. */
export interface ResolvedLeakDetectorOptions {
  mode: LeakDetectionMode
  gracePeriodMs: number
  sampleSize: number
  now: Clock
}

function invalid(option: string, accepted: string, value: unknown): GridKitError {
  return new GridKitError(
    'INVALID_PERFORMANCE_OPTION',
    `Memory option "${option}" must be ${accepted}; got ${describeValue(value)}.`,
    { option: `memory.${option}` },
  )
}

/** Validates leak detector options and applies defaults; throws `GridKitError` on bad ones. */
export function resolveLeakDetectorOptions(
  options: LeakDetectorOptions,
): ResolvedLeakDetectorOptions {
  const { mode, gracePeriodMs, sampleSize, now } = options
  if (!MODES.includes(mode)) throw invalid('leakDetection', "'off', 'sampled' or 'full'", mode)
  if (gracePeriodMs !== undefined && !(Number.isFinite(gracePeriodMs) && gracePeriodMs >= 0)) {
    throw invalid('gracePeriodMs', 'a finite number of ms >= 0', gracePeriodMs)
  }
  if (sampleSize !== undefined && !(Number.isInteger(sampleSize) && sampleSize >= 1)) {
    throw invalid('sampleSize', 'an integer >= 1', sampleSize)
  }
  if (now !== undefined && typeof now !== 'function') {
    throw invalid('now', 'a function returning milliseconds', now)
  }
  return {
    mode,
    gracePeriodMs: gracePeriodMs ?? DEFAULT_LEAK_GRACE_PERIOD_MS,
    sampleSize: sampleSize ?? DEFAULT_LEAK_SAMPLE_SIZE,
    now: now ?? defaultClock,
  }
}
