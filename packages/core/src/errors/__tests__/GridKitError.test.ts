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
    expect(describeValue('sometimes')).toBe('"sometimes"')
    expect(describeValue('pager-duty_v two')).toBe('"pager-duty_v two"')
    expect(describeValue('x'.repeat(32))).toBe(`"${'x'.repeat(32)}"`)
    expect(describeValue('x'.repeat(33))).toBe('a string (33 characters)')
    expect(describeValue('')).toBe('a string (0 characters)')
    expect(describeValue('7')).toBe('a string (1 character)')
  })

  it('never echoes strings that could be tokens, keys, DSNs or URLs', () => {
    const secrets = [
      'pub0123456789abcdef0123456789abcdef',
      'NRJS-0123456789abcdef012',
      'https://abc123@o1.ingest.sentry.io/1',
      'abc123',
      'key@host',
      'a:b',
      'a/b',
      'a.b',
      '-leading-dash',
    ]
    for (const secret of secrets) {
      const described = describeValue(secret)
      expect(described).toBe(`a string (${secret.length} characters)`)
      expect(described).not.toContain(secret)
    }
    expect(describeValue(true)).toBe('true')
    expect(describeValue({ secret: 1 })).toBe('an object')
    expect(describeValue(undefined)).toBe('undefined')
    expect(describeValue(() => 1)).toBe('function')
  })
})
