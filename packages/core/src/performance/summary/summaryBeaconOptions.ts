import { GridKitError, describeValue } from '../../errors/GridKitError'

/** Largest accepted `maxBytes`: the 64 KiB browsers allow for all pending beacons together. */
export const MAX_SUMMARY_BEACON_BYTES = 65_536

/** Default `maxBytes`: a quarter of the beacon quota, leaving room for alerts and vendors. */
export const DEFAULT_SUMMARY_BEACON_BYTES = 16_384

/** Options of the summary beacon (`features.performance.summary`, or `connectSummaryBeacon`). */
export interface SummaryBeaconOptions {
  /** Where the summary is posted on page hide: an http(s) URL or a path starting with `/`. */
  url: string
  /** Largest body in bytes (1024..65536, default 16384); the operations with fewest samples are left out past it. */
  maxBytes?: number
  /** Receives delivery errors (default `console.error`); never called for a full beacon queue, which is counted. */
  onError?: (error: unknown) => void
}

/** The options after validation. */
export interface ResolvedSummaryBeaconOptions {
  url: string
  maxBytes: number
  onError: ((error: unknown) => void) | undefined
}

function invalid(path: string, accepted: string, value: unknown): GridKitError {
  return new GridKitError(
    'INVALID_PERFORMANCE_OPTION',
    `${path} must be ${accepted}; got ${describeValue(value)}.`,
    { option: path },
  )
}

function isBeaconUrl(url: string): boolean {
  // A same-origin path; "//host" would be protocol-relative, so it must be written out in full.
  if (url.startsWith('/')) return !url.startsWith('//')
  try {
    const protocol = new URL(url).protocol
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}

/**
 * Validates summary beacon options; throws `INVALID_PERFORMANCE_OPTION` naming the option under
 * `path`. The URL is never echoed (it may carry a token).
 */
export function resolveSummaryBeaconOptions(
  input: unknown,
  path = 'features.performance.summary',
): ResolvedSummaryBeaconOptions {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalid(path, 'an object such as { url: "/perf/summary" }', input)
  }
  const { url, maxBytes, onError, ...rest } = input as Record<string, unknown>
  const unknown = Object.keys(rest)[0]
  if (unknown !== undefined) {
    throw invalid(`${path}.${unknown}`, 'absent (accepted: url, maxBytes, onError)', rest[unknown])
  }
  if (typeof url !== 'string' || !isBeaconUrl(url)) {
    throw invalid(`${path}.url`, 'an http(s) URL or a path starting with "/"', url)
  }
  if (
    maxBytes !== undefined &&
    (typeof maxBytes !== 'number' ||
      !Number.isInteger(maxBytes) ||
      maxBytes < 1024 ||
      maxBytes > MAX_SUMMARY_BEACON_BYTES)
  ) {
    throw invalid(
      `${path}.maxBytes`,
      `an integer from 1024 to ${MAX_SUMMARY_BEACON_BYTES}`,
      maxBytes,
    )
  }
  if (onError !== undefined && typeof onError !== 'function') {
    throw invalid(`${path}.onError`, 'a function', onError)
  }
  return {
    url,
    maxBytes: maxBytes ?? DEFAULT_SUMMARY_BEACON_BYTES,
    onError: onError as ResolvedSummaryBeaconOptions['onError'],
  }
}
