import { describe, expect, it } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { TableInstance } from '../TableInstance'
import { personTable } from './fixture'

/** Methods that stay callable after destroy(): the lifecycle pair and listener removal. */
const ALLOWED_AFTER_DESTROY = ['destroy', 'getIsDestroyed', 'off']

/** Protected or private helpers: on the prototype at runtime, but not public API. */
const INTERNAL = [
  'assertAlive',
  'valueOf',
  'tearDown',
  'commitSlice',
  'commit',
  'followRows',
  'filteredRowCount',
  'notifyObserver',
  'firstPage',
  'changeSelection',
]

function methodNames(): string[] {
  const names = new Set<string>()
  let proto: object | null = TableInstance.prototype
  while (proto !== null && proto !== Object.prototype) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name)
      if (name !== 'constructor' && typeof descriptor?.value === 'function') names.add(name)
    }
    proto = Object.getPrototypeOf(proto) as object | null
  }
  return [...names].sort()
}

function outcome(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    return error instanceof GridKitError ? error.code : `other: ${String(error)}`
  }
  return 'returned'
}

describe('after destroy() (issue 9: one rule for every method)', () => {
  it('every public method on the prototype throws TABLE_DESTROYED, except destroy, getIsDestroyed and off', () => {
    const names = methodNames()
    // A method added later must be classified here, so the rule cannot silently skip it.
    expect(names.length).toBeGreaterThan(40)
    const table = personTable(5)
    table.destroy()
    const self = table as unknown as Record<string, (...args: unknown[]) => unknown>
    for (const name of names) {
      if (INTERNAL.includes(name)) continue
      const method = self[name] as (...args: unknown[]) => unknown
      const result = outcome(() => method.call(table, 'id', () => undefined))
      expect(result, name).toBe(
        ALLOWED_AFTER_DESTROY.includes(name) ? 'returned' : 'TABLE_DESTROYED',
      )
    }
    for (const name of INTERNAL) expect(names, name).toContain(name)
  })

  it('rows of a destroyed table throw TABLE_DESTROYED from getValue, getIsSelected and toggleSelected', () => {
    const table = personTable(3)
    const row = table.getRow('1')
    table.destroy()
    expect(outcome(() => row?.getValue('name'))).toBe('TABLE_DESTROYED')
    expect(outcome(() => row?.getIsSelected())).toBe('TABLE_DESTROYED')
    expect(outcome(() => row?.toggleSelected())).toBe('TABLE_DESTROYED')
  })

  it('getCanNextPage and getCanPreviousPage agree (both throw)', () => {
    const table = personTable(30, { initialState: { pagination: { pageIndex: 1, pageSize: 10 } } })
    table.destroy()
    expect(outcome(() => table.getCanNextPage())).toBe('TABLE_DESTROYED')
    expect(outcome(() => table.getCanPreviousPage())).toBe('TABLE_DESTROYED')
  })
})
