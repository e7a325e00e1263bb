// Comparisons the hook makes on each render to tell a real option change from a new array or
// object literal with the same contents (the usual cause of re-render storms).

/** Same length and the same items (by identity), in order. O(n) only when the arrays differ. */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) {
    if (a[index] !== b[index]) return false
  }
  return true
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * Structural equality of configuration: plain objects and arrays are compared by content,
 * class instances (an SDK client, a monitor) by identity, and functions only by being
 * functions: an inline callback is new on every render, and it is read once anyway.
 */
export function sameConfig(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a === 'function' && typeof b === 'function') return true
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameConfig(item, b[index]))
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a)
    if (keys.length !== Object.keys(b).length) return false
    return keys.every((key) => Object.hasOwn(b, key) && sameConfig(a[key], b[key]))
  }
  return false
}
