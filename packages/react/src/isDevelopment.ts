/**
 * Whether this is a development build: bundlers replace `process.env.NODE_ENV` (as React
 * itself relies on); without a bundler and without `process`, it counts as production.
 */
export function isDevelopment(): boolean {
  return typeof process !== 'undefined' && process.env.NODE_ENV !== 'production'
}

/** Whether the code runs without a DOM (server rendering): the same test React DOM makes. */
export function isServer(): boolean {
  return typeof window === 'undefined' || typeof document === 'undefined'
}
