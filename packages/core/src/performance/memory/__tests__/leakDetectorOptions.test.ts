import { describe, expect, it } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import {
  DEFAULT_LEAK_GRACE_PERIOD_MS,
  DEFAULT_LEAK_SAMPLE_SIZE,
  resolveLeakDetectorOptions,
} from '../leakDetectorOptions'
import { LeakDetector } from '../LeakDetector'
import type { LeakDetectorOptions } from '../types'

function thrown(options: unknown): GridKitError {
  try {
    new LeakDetector(options as LeakDetectorOptions)
  } catch (error) {
    expect(error).toBeInstanceOf(GridKitError)
    return error as GridKitError
  }
  throw new Error('expected the options to be rejected')
}

describe('leak detector options', () => {
  it('applies the defaults', () => {
    const resolved = resolveLeakDetectorOptions({ mode: 'sampled' })
    expect(resolved).toMatchObject({ mode: 'sampled', gracePeriodMs: 5000, sampleSize: 256 })
    expect(DEFAULT_LEAK_GRACE_PERIOD_MS).toBe(5000)
    expect(DEFAULT_LEAK_SAMPLE_SIZE).toBe(256)
    expect(resolved.now()).toBeCloseTo(performance.now(), -3)
  })

  it('keeps explicit values', () => {
    const now = (): number => 42
    expect(
      resolveLeakDetectorOptions({ mode: 'full', gracePeriodMs: 0, sampleSize: 1, now }),
    ).toEqual({ mode: 'full', gracePeriodMs: 0, sampleSize: 1, now })
  })

  it.each([
    [
      { mode: 'always' },
      'memory.leakDetection',
      `"leakDetection" must be 'off', 'sampled' or 'full'; got "always"`,
    ],
    [
      { mode: 'full', gracePeriodMs: -1 },
      'memory.gracePeriodMs',
      'finite number of ms >= 0; got -1',
    ],
    [{ mode: 'full', gracePeriodMs: Number.NaN }, 'memory.gracePeriodMs', 'got NaN'],
    [{ mode: 'sampled', sampleSize: 0 }, 'memory.sampleSize', 'an integer >= 1; got 0'],
    [{ mode: 'sampled', sampleSize: 2.5 }, 'memory.sampleSize', 'got 2.5'],
    [{ mode: 'sampled', now: 5 }, 'memory.now', 'a function returning milliseconds; got 5'],
  ])('rejects %o naming the option', (options, option, message) => {
    const error = thrown(options)
    expect(error.code).toBe('INVALID_PERFORMANCE_OPTION')
    expect(error.details).toEqual({ option })
    expect(error.message).toContain(message)
  })
})
