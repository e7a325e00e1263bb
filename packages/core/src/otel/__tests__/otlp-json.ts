/** One data point of an OTLP/HTTP JSON metrics export, flattened for assertions. */
export interface OtlpPoint {
  metric: string
  unit: string
  kind: 'histogram' | 'exponentialHistogram' | 'sum' | 'other'
  attributes: Record<string, string | number | boolean>
  count: number
  sum: number
  value: number
  explicitBounds: number[]
}

interface JsonAttribute {
  key: string
  value: {
    stringValue?: string
    intValue?: string | number
    doubleValue?: number
    boolValue?: boolean
  }
}
interface JsonPoint {
  attributes?: JsonAttribute[]
  count?: string | number
  sum?: number
  asInt?: string | number
  asDouble?: number
  explicitBounds?: number[]
}
interface JsonMetric {
  name: string
  unit?: string
  histogram?: { dataPoints: JsonPoint[] }
  exponentialHistogram?: { dataPoints: JsonPoint[] }
  sum?: { dataPoints: JsonPoint[] }
}
interface JsonExport {
  resourceMetrics?: { scopeMetrics?: { metrics?: JsonMetric[] }[] }[]
}

function attributesOf(list: JsonAttribute[] = []): OtlpPoint['attributes'] {
  const out: OtlpPoint['attributes'] = {}
  for (const { key, value } of list) {
    out[key] = value.stringValue ?? value.boolValue ?? Number(value.intValue ?? value.doubleValue)
  }
  return out
}

/** Flattens the JSON body the OTLP/HTTP exporter posts to `/v1/metrics`. */
export function parseOtlpMetrics(body: string): OtlpPoint[] {
  const parsed = JSON.parse(body) as JsonExport
  const points: OtlpPoint[] = []
  for (const resource of parsed.resourceMetrics ?? []) {
    for (const scope of resource.scopeMetrics ?? []) {
      for (const metric of scope.metrics ?? []) {
        const [kind, data] = metric.histogram
          ? (['histogram', metric.histogram] as const)
          : metric.exponentialHistogram
            ? (['exponentialHistogram', metric.exponentialHistogram] as const)
            : metric.sum
              ? (['sum', metric.sum] as const)
              : (['other', { dataPoints: [] }] as const)
        for (const point of data.dataPoints) {
          points.push({
            metric: metric.name,
            unit: metric.unit ?? '',
            kind,
            attributes: attributesOf(point.attributes),
            count: Number(point.count ?? 0),
            sum: point.sum ?? 0,
            value: Number(point.asInt ?? point.asDouble ?? 0),
            explicitBounds: point.explicitBounds ?? [],
          })
        }
      }
    }
  }
  return points
}
