import type { Row } from '../rows/Row'

/** Names of the built-in sorting functions. */
export type BuiltInSortingFn =
  'alphanumeric' | 'alphanumericCaseSensitive' | 'text' | 'textCaseSensitive' | 'datetime' | 'basic'

/** Names of the built-in filter functions. */
export type BuiltInFilterFn =
  | 'includesString'
  | 'includesStringSensitive'
  | 'equalsString'
  | 'equals'
  | 'arrIncludes'
  | 'inNumberRange'
  | 'isOneOf'

/** A custom comparator of two rows; negative when `rowA` comes first in ascending order. */
export type SortingFn<TData> = (rowA: Row<TData>, rowB: Row<TData>, columnId: string) => number

/** A custom filter; `true` keeps the row. */
export type FilterFn<TData> = (row: Row<TData>, columnId: string, filterValue: unknown) => boolean

/** Free-form column metadata; extend it by declaration merging. */
export interface ColumnMeta {
  [key: string]: unknown
}

type PathPrefix<K extends string, V, D extends unknown[]> =
  NonNullable<V> extends Date | readonly unknown[] | ((...args: never[]) => unknown)
    ? never
    : NonNullable<V> extends object
      ? `${K}.${DeepKeys<NonNullable<V>, [...D, 1]>}`
      : never

/** Property paths of `T` (dot-separated, up to 4 levels) usable as `accessorKey`. */
export type DeepKeys<T, D extends unknown[] = []> = D['length'] extends 4
  ? never
  : unknown extends T
    ? string
    : T extends object
      ? { [K in keyof T & string]: K | PathPrefix<K, T[K], D> }[keyof T & string]
      : never

/** Options shared by every column definition. */
export interface ColumnDefBase<TData> {
  /** Display name; defaults to the column id. */
  header?: string
  /** Whether the column can be sorted (default `true`). */
  enableSorting?: boolean
  /** Whether the column can have a column filter and takes part in the global filter (default `true`). */
  enableFiltering?: boolean
  /** Whether the global filter looks at this column (default `true`). */
  enableGlobalFilter?: boolean
  /** `'auto'` (default) picks by value kind; or a built-in name; or a row comparator. */
  sortingFn?: 'auto' | BuiltInSortingFn | SortingFn<TData>
  /** Where `null`/`undefined`/NaN/invalid dates go, in both directions (default `'last'`). */
  sortUndefined?: 'first' | 'last'
  /** `'auto'` (default) picks by filter value; or a built-in name; or a row predicate. */
  filterFn?: 'auto' | BuiltInFilterFn | FilterFn<TData>
  /** Free-form metadata carried on the column. */
  meta?: ColumnMeta
}

/** A column reading `row[accessorKey]`; dot paths (`'address.city'`) walk nested objects. */
export interface AccessorKeyColumnDef<TData> extends ColumnDefBase<TData> {
  /** The property path to read. */
  accessorKey: DeepKeys<TData>
  /** Column id; defaults to `accessorKey`. */
  id?: string
  accessorFn?: never
}

/** A column computing its value from the row; `id` is required. */
export interface AccessorFnColumnDef<TData> extends ColumnDefBase<TData> {
  /** Computes the cell value from the original row and its data index. */
  accessorFn: (original: TData, index: number) => unknown
  /** Column id, unique in the table. */
  id: string
  accessorKey?: never
}

/** A column definition. */
export type ColumnDef<TData> = AccessorKeyColumnDef<TData> | AccessorFnColumnDef<TData>
