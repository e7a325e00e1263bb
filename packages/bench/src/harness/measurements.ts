/** One contender's median in one scenario of one process, sent to the parent to combine. */
export interface Measurement {
  /** Suite that took it, e.g. `table`. */
  suite: string
  /** The table it belongs in, e.g. `table @ 100k rows`. */
  table: string
  /** Scenario (row of the table). */
  scenario: string
  /** Contender (column of the table). */
  contender: string
  /** Median of the timed rounds, in ms per call. */
  medianMs: number
  /** Median of the minor page faults per sample. */
  medianFaults: number
  /** Whether this contender returned the same rows as the floor. */
  agrees: boolean
  /** Which of the suite's processes took it (set by the parent; 0 in the child). */
  process: number
}

const measurements: Measurement[] = []

/** Records one median for the parent's combined tables. */
export function recordMeasurement(measurement: Measurement): void {
  measurements.push(measurement)
}

/** Every measurement recorded in this process, in order. */
export function recordedMeasurements(): readonly Measurement[] {
  return measurements
}
