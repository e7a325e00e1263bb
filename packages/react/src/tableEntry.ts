import type { CreateTable } from '@gridkit/core/table'

/**
 * What the adapter's two entries bind differently: the `createTable` the hook uses, and the
 * error a changed `features.performance` throws, built from that entry's own `GridKitError`
 * (in CommonJS each entry of `@gridkit/core` carries its own class, so an app's
 * `instanceof GridKitError` holds only for the entry it imports).
 */
export interface TableEntry {
  createTable: CreateTable
  /** The error for a `features.performance` that changed after the table was created. */
  performanceChanged: (tableId: string) => Error
}
