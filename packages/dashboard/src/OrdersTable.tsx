import type { EnhancedPerformanceMonitor, TableInstance } from '@gridkit/core'
import { useState } from 'react'
import { ORDER_FIELDS } from './columns'
import type { Order } from './data'
import { burn, SLOW_CELL_MS } from './slowDevice'

/** Height of one body row, px (fixed, so the body can be virtualised by arithmetic). */
const ROW_HEIGHT = 28
/** Height of the scrolling body, px. */
const BODY_HEIGHT = 560
/** Rows rendered beyond the visible ones, above and below. */
const OVERSCAN = 4

interface OrdersTableProps {
  table: TableInstance<Order, EnhancedPerformanceMonitor>
  slow: boolean
}

function sortMark(direction: 'asc' | 'desc' | false): string {
  if (direction === 'asc') return ' ▲'
  return direction === 'desc' ? ' ▼' : ''
}

function customerFilter(filters: readonly { id: string; value: unknown }[]): string {
  const value = filters.find((filter) => filter.id === 'customer')?.value
  return typeof value === 'string' ? value : ''
}

/** The 100k-row table: sortable headers, filter, search, pager, selection, virtualised body. */
export function OrdersTable({ table, slow }: OrdersTableProps) {
  const [scrollTop, setScrollTop] = useState(0)
  const state = table.getState()
  const rows = table.getRowModel().rows
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN)
  const last = Math.min(rows.length, Math.ceil((scrollTop + BODY_HEIGHT) / ROW_HEIGHT) + OVERSCAN)
  const filtered = table.getFilteredRowModel().count
  const selected = Object.keys(state.rowSelection).length
  return (
    <section className="orders">
      <div className="toolbar">
        <input
          id="filter"
          placeholder="Filter customers"
          value={customerFilter(state.columnFilters)}
          onChange={(event) => table.setColumnFilter('customer', event.target.value)}
        />
        <input
          id="search"
          placeholder="Search all columns"
          value={state.globalFilter}
          onChange={(event) => table.setGlobalFilter(event.target.value)}
        />
        <span data-testid="row-count">
          {filtered.toLocaleString('en-US')} rows, {selected} selected
        </span>
      </div>
      <div className="grid-head">
        <input
          type="checkbox"
          aria-label="Select all rows"
          checked={table.getIsAllRowsSelected()}
          onChange={() => table.toggleAllRowsSelected()}
        />
        {ORDER_FIELDS.map(({ id, header }) => (
          <button
            key={id}
            id={`sort-${id}`}
            className="header"
            onClick={() => table.toggleSorting(id)}
          >
            {header}
            {sortMark(table.getColumn(id)?.getIsSorted() ?? false)}
          </button>
        ))}
      </div>
      <div
        className="grid-body"
        style={{ height: BODY_HEIGHT }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
          {rows.slice(first, last).map((row, offset) => (
            <div
              key={row.id}
              className={row.getIsSelected() ? 'grid-row selected' : 'grid-row'}
              style={{ top: (first + offset) * ROW_HEIGHT, height: ROW_HEIGHT }}
            >
              <input
                type="checkbox"
                aria-label={`Select row ${row.id}`}
                checked={row.getIsSelected()}
                onChange={() => row.toggleSelected()}
              />
              {ORDER_FIELDS.map(({ id }) => {
                if (slow) burn(SLOW_CELL_MS)
                return <span key={id}>{String(row.getValue(id))}</span>
              })}
            </div>
          ))}
        </div>
      </div>
      <div className="pager">
        <button
          id="prev"
          disabled={!table.getCanPreviousPage()}
          onClick={() => table.previousPage()}
        >
          Previous
        </button>
        <span data-testid="page">
          Page {state.pagination.pageIndex + 1} of {table.getPageCount()}
        </span>
        <button id="next" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>
          Next
        </button>
        <select
          value={state.pagination.pageSize}
          onChange={(event) => table.setPageSize(Number(event.target.value))}
        >
          {[100, 1000, 5000].map((size) => (
            <option key={size} value={size}>
              {size} per page
            </option>
          ))}
        </select>
      </div>
    </section>
  )
}
