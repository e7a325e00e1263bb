import type { EnhancedPerformanceMonitor } from './EnhancedPerformanceMonitor'

/**
 * Marks every `EnhancedPerformanceMonitor`, whichever copy of the package made it. An app can
 * get both the CommonJS and the ES module build through its dependencies (the dual-package
 * hazard); `instanceof` then refuses the other copy's monitor, a registry-wide symbol does not
 * (issue 10 §7).
 */
export const MONITOR_BRAND: unique symbol = Symbol.for('gridkit.EnhancedPerformanceMonitor')

/** Whether `value` is an `EnhancedPerformanceMonitor` of any copy of `@gridkit/core`. */
export function isEnhancedPerformanceMonitor(value: unknown): value is EnhancedPerformanceMonitor {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [MONITOR_BRAND]?: unknown })[MONITOR_BRAND] === true
  )
}
