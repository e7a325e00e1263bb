// Entry `@gridkit/core/alerts/newrelic`. The app owns its browser agent (one per page), so
// this entry only takes it; no New Relic code is imported or bundled.
export {
  NewRelicAgentAlertDestination as NewRelicAlertDestination,
  NEW_RELIC_EVENT_TYPE,
  isNewRelicLike,
} from './newrelic-agent'
export type { NewRelicAgentLike, NewRelicDestinationOptions } from './newrelic-agent'
