// `@gridkit/core/otel`: OpenTelemetry metrics from a GridKit monitor (issue 14). The app
// brings its own Meter; this entry imports nothing of OpenTelemetry at run time.
export { connectOpenTelemetry, DURATION_HISTOGRAM, VIOLATION_COUNTER } from './connectOpenTelemetry'
export type { OpenTelemetryConnection } from './connectOpenTelemetry'
export { budgetBoundaries, BASE_BOUNDARIES_MS } from './budgetBoundaries'
export type { OpenTelemetryOptions } from './otelOptions'
