// The integration test of ENT-PERF-001 ("Testing Strategy"), as written there.
import { describe, expect, it, vi } from 'vitest'
import { createTable } from '../create-monitored-table'
import type { BudgetViolation } from '../../types/metrics'
import { columns, generateData } from './fixture'

const waitFor = vi.waitFor

describe('Performance Monitoring Integration', () => {
  it('should track table operations automatically', async () => {
    const table = createTable({
      data: generateData(10000),
      columns,
      features: {
        performance: {
          enabled: true,
          budgets: {
            rowModelBuild: 16,
          },
        },
      },
    })

    const violations: BudgetViolation[] = []
    table.on('performance:budgetViolation', (event) => {
      violations.push(event.payload)
    })

    // Trigger expensive operation
    table.setSorting([{ id: 'name', desc: false }])

    await waitFor(() => {
      expect(table.metrics.getOperationStats('sorting')).toBeDefined()
    })
  })
})
