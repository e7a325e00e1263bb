import type { BudgetViolation, Severity } from '../types/metrics'
import { formatViolationLine, toAlertPayload } from './payload'
import type { AlertDestination } from './types'

/** Options of {@link ConsoleAlertDestination}. */
export interface ConsoleAlertDestinationOptions {
  /** Destination id (default `'console'`). */
  id?: string
  /** Violations below this severity are not logged (default: all). */
  minSeverity?: Severity
}

/**
 * Logs one readable line plus the payload object: `console.error` for error and critical,
 * `console.warn` for warning.
 */
export class ConsoleAlertDestination implements AlertDestination {
  /** Destination id. */
  readonly id: string
  /** Always `'console'`. */
  readonly type = 'console' as const
  /** Violations below this severity are not logged. */
  readonly minSeverity: Severity | undefined

  constructor(options: ConsoleAlertDestinationOptions = {}) {
    this.id = options.id ?? 'console'
    this.minSeverity = options.minSeverity
  }

  /** Writes the violation to the console; resolves at once. */
  send(violation: BudgetViolation): Promise<void> {
    const payload = toAlertPayload(violation)
    const line = formatViolationLine(payload)
    if (payload.severity === 'warning') console.warn(line, payload)
    else console.error(line, payload)
    return Promise.resolve()
  }
}
