// Types for the test-only parser (the package ships none); only what the tests read.
declare module 'parse-prometheus-text-format' {
  /** One sample (or, for summaries, one merged labelled series) as the parser returns it. */
  export interface ParsedSample {
    value?: string
    labels?: Record<string, string>
    quantiles?: Record<string, string>
    count?: string
    sum?: string
  }
  /** One metric family. */
  export interface ParsedFamily {
    name: string
    help: string
    type: string
    metrics: ParsedSample[]
  }
  /** Parses Prometheus text exposition. */
  export default function parsePrometheusTextFormat(text: string): ParsedFamily[]
}
