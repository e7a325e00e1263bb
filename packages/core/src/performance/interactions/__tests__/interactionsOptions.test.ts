import { describe, expect, it } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { resolveInteractionsOptions } from '../interactionsOptions'

function errorOf(input: unknown): GridKitError {
  try {
    resolveInteractionsOptions(input)
  } catch (error) {
    if (error instanceof GridKitError) return error
  }
  throw new Error('expected a GridKitError')
}

describe('resolveInteractionsOptions', () => {
  it('is on by default with web-vitals defaults; false or enabled: false turn it off', () => {
    const defaults = { durationThreshold: 40, maxInteractions: 50 }
    expect(resolveInteractionsOptions(undefined)).toEqual(defaults)
    expect(resolveInteractionsOptions(true)).toEqual(defaults)
    expect(resolveInteractionsOptions({})).toEqual(defaults)
    expect(resolveInteractionsOptions({ durationThreshold: 16, maxInteractions: 3 })).toEqual({
      durationThreshold: 16,
      maxInteractions: 3,
    })
    expect(resolveInteractionsOptions(false)).toBeUndefined()
    expect(resolveInteractionsOptions({ enabled: false })).toBeUndefined()
  })

  it.each([
    ['yes', 'features.performance.interactions', 'true, false or an options object'],
    [
      { threshold: 5 },
      'features.performance.interactions.threshold',
      'accepted: enabled, durationThreshold, maxInteractions',
    ],
    [{ enabled: 1 }, 'features.performance.interactions.enabled', 'true or false'],
    [
      { durationThreshold: 15 },
      'features.performance.interactions.durationThreshold',
      'at least 16',
    ],
    [
      { durationThreshold: Number.NaN },
      'features.performance.interactions.durationThreshold',
      'got NaN',
    ],
    [
      { maxInteractions: 0 },
      'features.performance.interactions.maxInteractions',
      'an integer from 1 to 10000',
    ],
    [{ maxInteractions: 2.5 }, 'features.performance.interactions.maxInteractions', 'got 2.5'],
  ])('refuses %j naming the option', (input, option, text) => {
    const error = errorOf(input)
    expect(error.code).toBe('INVALID_PERFORMANCE_OPTION')
    expect(error.details?.option).toBe(option)
    expect(error.message).toContain(option)
    expect(error.message).toContain(text)
  })
})
