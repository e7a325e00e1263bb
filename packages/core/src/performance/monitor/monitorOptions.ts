import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { EnhancedPerformanceMonitorOptions } from './EnhancedPerformanceMonitor'

// Validation of EnhancedPerformanceMonitor's options: bad explicit configuration throws
// INVALID_MONITOR_OPTION naming the option and what it accepts.

export function defaultOnError(error: unknown): void {
  console.error('[GridKit] performance monitor listener failed:', error)
}

export function integerOption(
  options: EnhancedPerformanceMonitorOptions,
  name: 'windowSize' | 'maxOperations' | 'maxViolationHistory',
  fallback: number,
  min: number,
  max: number,
): number {
  const value: unknown = options[name]
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalidOption(name, `an integer from ${min} to ${max}`, value)
  }
  return value
}

export function functionOption<K extends 'wallClock' | 'onError'>(
  options: EnhancedPerformanceMonitorOptions,
  name: K,
): EnhancedPerformanceMonitorOptions[K] {
  const value: unknown = options[name]
  if (value !== undefined && typeof value !== 'function') {
    throw invalidOption(name, 'a function', value)
  }
  return options[name]
}

export function invalidOption(
  option: string,
  accepted: string,
  value: unknown,
  where = 'EnhancedPerformanceMonitor',
): GridKitError {
  return new GridKitError(
    'INVALID_MONITOR_OPTION',
    `${where} option "${option}" must be ${accepted}; got ${describeValue(value)}.`,
    { option },
  )
}
