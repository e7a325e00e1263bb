import type { PerformanceBudget } from '@gridkit/core'
import { useGridEnhancedTable } from '@gridkit/react'
import { useEffect, useRef, useState } from 'react'
import { ORDER_COLUMNS } from './columns'
import { generateOrders } from './data'
import { OrdersTable } from './OrdersTable'
import { PerformancePanel } from './PerformancePanel'
import { applySlowBudgets } from './slowDevice'

/** Rows of the dashboard's table. */
export const ROW_COUNT = 100_000

const DATA = generateOrders(ROW_COUNT)

/** The dashboard: the orders table beside its live performance panel. */
export function App() {
  const table = useGridEnhancedTable({
    id: 'orders',
    data: DATA,
    columns: ORDER_COLUMNS,
    getRowId: (order) => String(order.id),
    initialState: { pagination: { pageIndex: 0, pageSize: 1000 } },
    features: { performance: { memory: { leakDetection: 'sampled' } } },
  })
  const [slow, setSlow] = useState(false)
  const saved = useRef<PerformanceBudget[]>([])
  const monitor = table.metrics
  useEffect(() => {
    // For the end-to-end test and for poking at from DevTools.
    Object.assign(window, { gridkit: { metrics: monitor } })
  }, [monitor])
  const changeSlow = (on: boolean): void => {
    const before = applySlowBudgets(monitor, on, saved.current)
    if (on) saved.current = before
    setSlow(on)
  }
  return (
    <main className="layout">
      <header>
        <h1>GridKit · {ROW_COUNT.toLocaleString('en-US')} orders</h1>
      </header>
      <OrdersTable table={table} slow={slow} />
      <PerformancePanel table={table} slow={slow} onSlowChange={changeSlow} />
    </main>
  )
}
