import type { EnhancedPerformanceMonitor, MetricsExportFormat } from '@gridkit/core'

const FORMATS: readonly {
  format: MetricsExportFormat
  label: string
  file: string
  type: string
}[] = [
  { format: 'json', label: 'JSON', file: 'gridkit-metrics.json', type: 'application/json' },
  { format: 'csv', label: 'CSV', file: 'gridkit-metrics.csv', type: 'text/csv' },
  { format: 'openmetrics', label: 'OpenMetrics', file: 'gridkit-metrics.txt', type: 'text/plain' },
]

/** Saves `text` as a file through a temporary object URL. */
function download(text: string, file: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = file
  link.click()
  // The click has started the download; the URL is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** Buttons that download the monitor's JSON, CSV and OpenMetrics exports. */
export function ExportButtons({ monitor }: { monitor: EnhancedPerformanceMonitor }) {
  return (
    <div className="exports">
      {FORMATS.map(({ format, label, file, type }) => (
        <button
          key={format}
          id={`export-${format}`}
          onClick={() => download(monitor.exportMetrics(format), file, type)}
        >
          Download {label}
        </button>
      ))}
    </div>
  )
}
