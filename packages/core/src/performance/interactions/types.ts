/** The operation name interactions are recorded under. */
export const INTERACTION_OPERATION = 'interaction'

/** One kind of table or app work that ran inside an interaction, summed over its samples. */
export interface InteractionOperation {
  /** The operation's name (`sorting`, `filtering`, `tableRender`, or the app's own). */
  operation: string
  /** The table that ran it; absent for app operations tracked without a table. */
  tableId?: string
  /** Total ms of its samples inside the interaction. */
  durationMs: number
  /** Samples of it inside the interaction. */
  count: number
  /** The most rows one of its samples worked on, when known. */
  rowCount?: number
  /** ms from the interaction's start to its first sample's start (negative: it began before the input). */
  startOffsetMs: number
}

/** A script of a Long Animation Frame that overlapped the interaction. */
export interface InteractionScript {
  /** What ran the script, such as `BUTTON#sort.onclick`. */
  invoker: string
  /** The kind of invoker (`event-listener`, `user-callback`, `resolve-promise`, ...). */
  invokerType: string
  /** The function's name where the browser knows it, else ''. */
  sourceFunctionName: string
  /** ms the script ran. */
  durationMs: number
}

/** Where the time of one interaction went (Event Timing phases, table work, LoAF scripts). */
export interface InteractionAttribution {
  /** The browser's id of the interaction (shared by its pointer/click or key events). */
  interactionId: number
  /** `click`, `keyboard`, `pointer`, or the event name for anything else. */
  interactionType: string
  /** The event whose entry was the longest (`click`, `keydown`, ...). */
  eventName: string
  /** A short description of the target element (`button#sort`), never its text. */
  target: string
  /** Start of the input on the `performance.now()` clock, ms. */
  startTime: number
  /** From the input to the next paint, ms (rounded to 8 ms by the browser). */
  durationMs: number
  /** From the input to its first handler starting, ms. */
  inputDelayMs: number
  /** From the first handler starting to the last one ending, ms. */
  processingDurationMs: number
  /** From the last handler ending to the next paint, ms. */
  presentationDelayMs: number
  /** Monitored work that overlapped the interaction, longest first. */
  operations: InteractionOperation[]
  /** Scripts of Long Animation Frames that overlapped it, longest first (empty where unsupported). */
  scripts: InteractionScript[]
  /** Tables whose operations ran inside it, most time first. */
  tableIds: string[]
  /** Whether any table's work ran inside it; only such interactions are checked against budgets. */
  touchedTable: boolean
  /** One line: "click took 340 ms: sorting 166 ms on 100,000 rows of table orders, ...". */
  message: string
}

/** Options of `features.performance.interactions` (or `true`/`false`). */
export interface InteractionsOptions {
  /** Observe interactions (default true where the browser supports Event Timing). */
  enabled?: boolean
  /** Shortest interaction recorded, ms (default 40, at least 16: the browser's floor). */
  durationThreshold?: number
  /** Recent interactions kept with their attribution (default 50). */
  maxInteractions?: number
}

/** What `features.performance.interactions` accepts. */
export type InteractionsInput = boolean | InteractionsOptions
