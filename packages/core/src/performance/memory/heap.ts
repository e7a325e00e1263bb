import type { HeapSample } from './types'

/** `process.memoryUsage()` result, in bytes (Node, Deno, Bun). */
export interface ProcessMemoryUsage {
  heapUsed: number
  heapTotal: number
  external?: number
  arrayBuffers?: number
}

/** Chromium's non-standard `performance.memory`, in bytes. */
export interface ChromiumMemoryInfo {
  usedJSHeapSize: number
  totalJSHeapSize: number
}

/** One entry of a `measureUserAgentSpecificMemory()` breakdown, in bytes. */
export interface UserAgentMemoryBreakdownEntry {
  bytes: number
  types: readonly string[]
}

/** The result of `performance.measureUserAgentSpecificMemory()`, in bytes. */
export interface UserAgentMemoryResult {
  bytes: number
  breakdown?: readonly UserAgentMemoryBreakdownEntry[]
}

/**
 * The memory APIs heap sampling reads, typed structurally so tests can inject them.
 * Defaults to `globalThis`, whichever of them it has.
 */
export interface HeapRuntime {
  readonly process?: { memoryUsage?(): ProcessMemoryUsage }
  readonly performance?: {
    readonly memory?: ChromiumMemoryInfo
    measureUserAgentSpecificMemory?(): Promise<UserAgentMemoryResult>
  }
  readonly crossOriginIsolated?: boolean
}

const BYTES_PER_MB = 1024 * 1024

const UNAVAILABLE: Readonly<HeapSample> = {
  heapUsed: 0,
  heapTotal: 0,
  external: 0,
  arrayBuffers: 0,
  source: 'unavailable',
}

function isByteCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

function toMb(bytes: unknown): number {
  return isByteCount(bytes) ? bytes / BYTES_PER_MB : 0
}

function globalRuntime(): HeapRuntime {
  // `performance.memory` and `measureUserAgentSpecificMemory` are missing from the lib types,
  // so the global scope is read through the structural type above.
  const scope: { process?: unknown; performance?: unknown; crossOriginIsolated?: unknown } =
    globalThis
  return scope as HeapRuntime
}

function fromProcess(runtime: HeapRuntime): HeapSample | undefined {
  const proc = runtime.process
  if (typeof proc?.memoryUsage !== 'function') return undefined
  const usage = proc.memoryUsage()
  if (!isByteCount(usage.heapUsed) || !isByteCount(usage.heapTotal)) return undefined
  return {
    heapUsed: toMb(usage.heapUsed),
    heapTotal: toMb(usage.heapTotal),
    external: toMb(usage.external),
    arrayBuffers: toMb(usage.arrayBuffers),
    source: 'process.memoryUsage',
  }
}

function fromChromium(runtime: HeapRuntime): HeapSample | undefined {
  const memory = runtime.performance?.memory
  if (memory === undefined) return undefined
  if (!isByteCount(memory.usedJSHeapSize) || !isByteCount(memory.totalJSHeapSize)) return undefined
  return {
    heapUsed: toMb(memory.usedJSHeapSize),
    heapTotal: toMb(memory.totalJSHeapSize),
    external: 0,
    arrayBuffers: 0,
    source: 'performance.memory',
  }
}

/**
 * Reads the heap synchronously from `process.memoryUsage()` (Node) or `performance.memory`
 * (Chromium), in MB. Never throws: where neither works, every figure is 0 and `source` is
 * `'unavailable'`.
 */
export function sampleHeap(runtime: HeapRuntime = globalRuntime()): HeapSample {
  // Each reader is tried in turn: a runtime may expose an API that throws or lies
  // (a polyfilled `process`, a stubbed `performance`), and sampling must not break the table.
  for (const read of [fromProcess, fromChromium]) {
    try {
      const sample = read(runtime)
      if (sample !== undefined) return sample
    } catch {
      continue
    }
  }
  return { ...UNAVAILABLE }
}

function fromUserAgentMemory(result: UserAgentMemoryResult): HeapSample | undefined {
  if (!isByteCount(result.bytes)) return undefined
  let jsBytes = 0
  for (const entry of result.breakdown ?? []) {
    if (isByteCount(entry.bytes) && entry.types.includes('JavaScript')) jsBytes += entry.bytes
  }
  // Without a breakdown the whole figure is the best estimate of the JS heap.
  if (jsBytes === 0 || jsBytes > result.bytes) jsBytes = result.bytes
  return {
    heapUsed: toMb(jsBytes),
    // The API reports no reserved size; the page's whole attributed memory is the ceiling.
    heapTotal: toMb(result.bytes),
    external: toMb(result.bytes - jsBytes),
    arrayBuffers: 0,
    source: 'measureUserAgentSpecificMemory',
  }
}

/**
 * Measures the page's memory with `performance.measureUserAgentSpecificMemory()` where the
 * page is cross-origin isolated (it may take seconds: the browser waits for a GC), else
 * falls back to {@link sampleHeap}. Never rejects.
 */
export async function measureHeapPrecise(
  runtime: HeapRuntime = globalRuntime(),
): Promise<HeapSample> {
  const perf = runtime.performance
  if (
    runtime.crossOriginIsolated === true &&
    typeof perf?.measureUserAgentSpecificMemory === 'function'
  ) {
    try {
      const sample = fromUserAgentMemory(await perf.measureUserAgentSpecificMemory())
      if (sample !== undefined) return sample
    } catch {
      // The browser may refuse (SecurityError outside isolation); the sync figures still help.
    }
  }
  return sampleHeap(runtime)
}
