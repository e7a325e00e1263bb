// Issue 10 §7: `table.metrics` is typed `undefined` unless `enabled` is literally true or absent.
import { describe, expect, expectTypeOf, it } from 'vitest'
import { createTable } from '../create-monitored-table'
import type { EnhancedPerformanceMonitor } from '../../monitor/EnhancedPerformanceMonitor'
import { columns, generateData } from './fixture'

/** A flag the compiler knows only as `boolean` (true at run time). */
const flag: boolean = Math.random() < 2

function tableWith<P extends boolean | { enabled?: boolean }>(performance: P) {
  return createTable({ data: generateData(5), columns, features: { performance } })
}

describe('the type of table.metrics', () => {
  it('is possibly undefined when enabled is a boolean (sampled sessions)', () => {
    const sampled = flag
    const table = createTable({
      data: generateData(5),
      columns,
      features: { performance: { enabled: sampled } },
    })
    expectTypeOf(table.metrics).toEqualTypeOf<EnhancedPerformanceMonitor | undefined>()
    expect(table.metrics?.isEnabled()).toBe(true)
    const off = tableWith({ enabled: !sampled })
    expect(off.metrics).toBeUndefined()
  })

  it('is the monitor for true, enabled: true and options without enabled', () => {
    const on = createTable({ data: generateData(5), columns, features: { performance: true } })
    const explicit = createTable({
      data: generateData(5),
      columns,
      features: { performance: { enabled: true } },
    })
    const implicit = createTable({
      data: generateData(5),
      columns,
      features: { performance: { userTiming: false } },
    })
    expectTypeOf(on.metrics).toEqualTypeOf<EnhancedPerformanceMonitor>()
    expectTypeOf(explicit.metrics).toEqualTypeOf<EnhancedPerformanceMonitor>()
    expectTypeOf(implicit.metrics).toEqualTypeOf<EnhancedPerformanceMonitor>()
    expect([on, explicit, implicit].every((t) => t.metrics.isEnabled())).toBe(true)
  })

  it('is undefined for false and enabled: false; possibly undefined for a boolean flag', () => {
    const off = createTable({ data: generateData(5), columns, features: { performance: false } })
    const disabled = createTable({
      data: generateData(5),
      columns,
      features: { performance: { enabled: false } },
    })
    expectTypeOf(off.metrics).toEqualTypeOf<undefined>()
    expectTypeOf(disabled.metrics).toEqualTypeOf<undefined>()
    expectTypeOf(tableWith(flag).metrics).toEqualTypeOf<EnhancedPerformanceMonitor | undefined>()
    expect(off.metrics).toBeUndefined()
    expect(disabled.metrics).toBeUndefined()
  })
})
