/**
 * Machine-readable error codes. Every error GridKit throws carries one, so apps can
 * branch on `error.code` instead of parsing messages.
 */
export type GridKitErrorCode =
  | 'INVALID_OPTION'
  | 'INVALID_COLUMN'
  | 'DUPLICATE_COLUMN_ID'
  | 'UNKNOWN_COLUMN'
  | 'INVALID_DATA'
  | 'INVALID_STATE'
  | 'UNKNOWN_SORTING_FN'
  | 'UNKNOWN_FILTER_FN'
  | 'TABLE_DESTROYED'
  | 'INVALID_ROW_ID'
  | 'INVALID_BUDGET'
  | 'INVALID_MONITOR_OPTION'
  | 'INVALID_ALERT_DESTINATION'
  | 'INVALID_PERFORMANCE_OPTION'
  | 'FEATURE_NOT_INCLUDED'

/**
 * The one error class GridKit throws. Thrown only for bad explicit configuration or
 * misuse (at setup, or calling a destroyed table); never from the monitoring hot path.
 */
export class GridKitError extends Error {
  /** What went wrong, as a stable code. */
  readonly code: GridKitErrorCode
  /** Extra facts about the error (the option name, the value's type); never secrets. */
  readonly details: Readonly<Record<string, unknown>> | undefined

  constructor(code: GridKitErrorCode, message: string, details?: Record<string, unknown>) {
    super(message)
    this.name = 'GridKitError'
    this.code = code
    this.details = details
  }
}

/** True when `error` is a {@link GridKitError}, optionally with the given code. */
export function isGridKitError(error: unknown, code?: GridKitErrorCode): error is GridKitError {
  return error instanceof GridKitError && (code === undefined || error.code === code)
}

// Only word-like strings (enum mistakes such as 'sometimes') are echoed. Tokens, license keys
// and DSNs carry digits or URL punctuation, so anything else is described by its length only.
const PLAIN_WORD = /^[A-Za-z][A-Za-z _-]{0,31}$/

/** Describes a value for an error message without echoing its content (which may be private). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value)
  if (typeof value === 'string') {
    if (PLAIN_WORD.test(value)) return JSON.stringify(value)
    return `a string (${value.length} character${value.length === 1 ? '' : 's'})`
  }
  if (typeof value === 'boolean') return String(value)
  return typeof value === 'object' ? 'an object' : typeof value
}
