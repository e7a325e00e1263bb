import { createTable } from '../create-monitored-table'
import type { TableInstance } from '../../../table/instance/TableInstance'
import type { ColumnDef } from '../../../table/types/column-def'
import { EnhancedPerformanceMonitor } from '../../monitor/EnhancedPerformanceMonitor'
import {
  TablePerformanceIntegration,
  type TablePerformanceIntegrationOptions,
} from '../TablePerformanceIntegration'
import { generateData, type Item } from './fixture'

/** An idle scheduler the test runs by hand. */
export class ManualIdleScheduler {
  private tasks: (() => void)[] = []
  /** Pass as `scheduleBuild`. */
  readonly schedule = (task: () => void): (() => void) => {
    this.tasks.push(task)
    return () => {
      this.tasks = this.tasks.filter((other) => other !== task)
    }
  }
  /** Tasks waiting. */
  get pending(): number {
    return this.tasks.length
  }
  /** Runs every waiting task. */
  runAll(): void {
    const tasks = this.tasks
    this.tasks = []
    for (const task of tasks) task()
  }
}

/** A table whose `value` accessor counts its calls: the row work done, monitored or not. */
export interface CountingTable {
  table: TableInstance<Item, undefined>
  /** Calls of the `value` accessor so far. */
  reads: () => number
}

/** A table sorted by `value` (so every build reads each row's value), unmonitored. */
export function countingTable(count: number): CountingTable {
  let reads = 0
  const columns: ColumnDef<Item>[] = [
    { id: 'id', accessorFn: (item) => item.id },
    {
      id: 'value',
      accessorFn: (item) => {
        reads += 1
        return item.value
      },
    },
  ]
  const table = createTable<Item>({
    data: generateData(count),
    columns,
    initialState: { sorting: [{ id: 'value', desc: false }] },
  })
  return { table, reads: () => reads }
}

/** The same table with an integration attached by hand, so its schedulers can be injected. */
export function monitoredCountingTable(
  count: number,
  options: TablePerformanceIntegrationOptions,
  monitor = new EnhancedPerformanceMonitor(),
): CountingTable & { monitor: EnhancedPerformanceMonitor } {
  const counting = countingTable(count)
  const integration = new TablePerformanceIntegration(counting.table, monitor, {
    ownsMonitor: true,
    ...options,
  })
  integration.initialize()
  counting.table.addTeardown(() => {
    integration.destroy()
  })
  return { ...counting, monitor }
}
