// The session summary's public surface (issue 14): explicit named exports only.
export { mergeSummaries } from './mergeSummaries'
export { summaryPercentile } from './summaryPercentile'
export type { SummaryPercentileOptions } from './summaryPercentile'
export { assertSummary } from './validateSummary'
export { connectSummaryBeacon } from './connectSummaryBeacon'
export type { SummaryBeaconConnection, SummaryBeaconStats } from './connectSummaryBeacon'
export { DEFAULT_SUMMARY_BEACON_BYTES, MAX_SUMMARY_BEACON_BYTES } from './summaryBeaconOptions'
export type { SummaryBeaconOptions } from './summaryBeaconOptions'
export { ROW_COUNT_BUCKETS, rowCountBucket } from './rowCountBucket'
export type { RowCountBucket } from './rowCountBucket'
export {
  SUMMARY_RELATIVE_ACCURACY,
  MIN_TRACKED_MS,
  MAX_TRACKED_MS,
  MAX_BUCKETS,
} from './logBuckets'
export type { SampleListener } from './SampleListeners'
export type {
  PerformanceSummary,
  OperationSummary,
  HistogramData,
  SummaryViolationCounts,
} from './types'
