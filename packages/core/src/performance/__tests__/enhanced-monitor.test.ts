// ENT-PERF-001 "Unit Tests", as written in the spec.
import { describe, expect, it } from 'vitest'
import { EnhancedPerformanceMonitor } from '../monitor/EnhancedPerformanceMonitor'

describe('EnhancedPerformanceMonitor', () => {
  it('should track operation metrics', () => {
    const monitor = new EnhancedPerformanceMonitor()

    monitor.trackOperation('getRowModel', 10)
    monitor.trackOperation('getRowModel', 20)
    monitor.trackOperation('getRowModel', 15)

    const stats = monitor.getOperationStats('getRowModel')

    expect(stats).toMatchObject({
      operation: 'getRowModel',
      count: 3,
      avgTime: 15,
      minTime: 10,
      maxTime: 20,
    })
  })

  it('should detect budget violations', () => {
    const monitor = new EnhancedPerformanceMonitor()

    monitor.setBudget({
      operation: 'getRowModel',
      budgetMs: 16,
      enabled: true,
      severity: 'error',
    })

    const violation = monitor.checkBudget('getRowModel', 25)

    expect(violation).toMatchObject({
      operation: 'getRowModel',
      actual: 25,
      budget: 16,
      severity: 'error',
    })
  })
})
