/**
 * Per-version views of a table. The hook hands React a new view after every table change,
 * so a component memoized on the table (React Compiler, `useMemo([table])`, `memo` props)
 * re-reads rows when they change, while the table itself is one long-lived object.
 * A view forwards everything to the table, with methods bound to it (stable per method).
 */
export interface TableViewFactory<TTable extends object> {
  /** A new view of the table (a new identity, the same table behind it). */
  create(): TTable
}

/**
 * Makes the view factory of one table. `onCreate` sees each new view; `overrides` replace
 * methods of the table on every view (the same function on each).
 */
export function createTableViewFactory<TTable extends object>(
  table: TTable,
  onCreate: (view: TTable) => void,
  overrides: Partial<Record<keyof TTable, unknown>> = {},
): TableViewFactory<TTable> {
  // Bound methods are cached by function, so `view.on === otherView.on` across versions.
  const bound = new WeakMap<object, unknown>()
  const handler: ProxyHandler<TTable> = {
    get(target, key) {
      if (Object.hasOwn(overrides, key)) return overrides[key as keyof TTable]
      const value: unknown = Reflect.get(target, key, target)
      if (typeof value !== 'function') return value
      let method = bound.get(value)
      if (method === undefined) {
        method = (value as (...args: unknown[]) => unknown).bind(target)
        bound.set(value, method)
      }
      return method
    },
    set(target, key, value) {
      return Reflect.set(target, key, value, target)
    },
  }
  return {
    create() {
      const view = new Proxy(table, handler)
      onCreate(view)
      return view
    },
  }
}
