import { describe, expect, it } from 'vitest'
import { GridKitError, describeValue, isGridKitError } from '../GridKitError'

describe('GridKitError', () => {
  it('is an Error with a code, a name and details', () => {
    const error = new GridKitError('INVALID_OPTION', 'bad "x"', { option: 'x' })
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('GridKitError')
    expect(error.code).toBe('INVALID_OPTION')
    expect(error.details).toEqual({ option: 'x' })
    expect(isGridKitError(error)).toBe(true)
    expect(isGridKitError(error, 'INVALID_OPTION')).toBe(true)
    expect(isGridKitError(error, 'INVALID_BUDGET')).toBe(false)
    expect(isGridKitError(new Error('x'))).toBe(false)
  })

  it('describes values without echoing long or structured content', () => {
    expect(describeValue(null)).toBe('null')
    expect(describeValue([1])).toBe('an array')
    expect(describeValue(Number.NaN)).toBe('NaN')
    expect(describeValue(-1)).toBe('-1')
    expect(describeValue('abc')).toBe('"abc"')
    expect(describeValue('x'.repeat(41))).toBe('a long string')
    expect(describeValue(true)).toBe('true')
    expect(describeValue({ secret: 1 })).toBe('an object')
    expect(describeValue(undefined)).toBe('undefined')
    expect(describeValue(() => 1)).toBe('function')
  })
})
