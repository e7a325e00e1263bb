import type { ColumnDef } from '@gridkit/core'
import type { Order } from './data'

/** The table's fields and their header labels, in display order. */
export const ORDER_FIELDS: readonly { id: keyof Order; header: string }[] = [
  { id: 'id', header: 'Id' },
  { id: 'customer', header: 'Customer' },
  { id: 'city', header: 'City' },
  { id: 'amount', header: 'Amount' },
  { id: 'status', header: 'Status' },
]

/** The table's columns (module-level, so the hook sees the same array on every render). */
export const ORDER_COLUMNS: ColumnDef<Order>[] = ORDER_FIELDS.map(({ id, header }) => ({
  accessorKey: id,
  header,
}))
