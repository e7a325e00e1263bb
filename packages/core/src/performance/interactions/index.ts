export { INTERACTION_OPERATION } from './types'
export type {
  InteractionAttribution,
  InteractionOperation,
  InteractionScript,
  InteractionsOptions,
  InteractionsInput,
} from './types'
export {
  DEFAULT_DURATION_THRESHOLD,
  MIN_DURATION_THRESHOLD,
  DEFAULT_MAX_INTERACTIONS,
  MAX_INTERACTIONS,
  resolveInteractionsOptions,
} from './interactionsOptions'
export type { ResolvedInteractionsOptions } from './interactionsOptions'
export { INTERACTION_THRESHOLDS, DEFAULT_INTERACTION_BUDGET } from './InteractionTracker'
export { observeInteractions, getRecentInteractions } from './observeInteractions'
export type { ObserveInteractionsContext } from './observeInteractions'
export type { InteractionEnvironment } from './environment'
export type {
  EventTimingEntry,
  LoafEntry,
  LoafScriptEntry,
  ObserverConstructor,
  ObserverLike,
  ObservedEntryList,
} from './entries'
export { formatInteractionMessage } from './formatInteractionMessage'
