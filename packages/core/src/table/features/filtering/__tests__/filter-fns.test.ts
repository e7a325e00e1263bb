import { describe, expect, it } from 'vitest'
import { autoFilterFn, caseInsensitiveIncludes, prepareBuiltInFilter } from '../filter-fns'

describe('built-in filter functions', () => {
  it('includesString is a case-insensitive substring test on strings and numbers', () => {
    const test = prepareBuiltInFilter('includesString', 'AN')
    expect(test('Diana')).toBe(true)
    expect(test('Bob')).toBe(false)
    expect(prepareBuiltInFilter('includesString', 12)(3120)).toBe(true)
    expect(test(null)).toBe(false)
    expect(test({ name: 'an' })).toBe(false)
  })

  it('includesString treats regex characters literally', () => {
    const test = prepareBuiltInFilter('includesString', 'a.c')
    expect(test('xA.Cx')).toBe(true)
    expect(test('abc')).toBe(false)
  })

  it('includesStringSensitive respects case', () => {
    const test = prepareBuiltInFilter('includesStringSensitive', 'An')
    expect(test('Anna')).toBe(true)
    expect(test('anna')).toBe(false)
    expect(test(undefined)).toBe(false)
  })

  it('equalsString is a case-insensitive whole-string match', () => {
    const test = prepareBuiltInFilter('equalsString', 'Single')
    expect(test('single')).toBe(true)
    expect(test('SINGLE')).toBe(true)
    expect(test('singles')).toBe(false)
    expect(test('sIngle ')).toBe(false)
    expect(test(7)).toBe(false)
  })

  it('equals is strict equality, and compares Dates by time', () => {
    expect(prepareBuiltInFilter('equals', 3)(3)).toBe(true)
    expect(prepareBuiltInFilter('equals', 3)('3')).toBe(false)
    const when = prepareBuiltInFilter('equals', new Date(5000))
    expect(when(new Date(5000))).toBe(true)
    expect(when(new Date(5001))).toBe(false)
    expect(when(5000)).toBe(false)
  })

  it('arrIncludes tests whether the cell array contains the value', () => {
    const test = prepareBuiltInFilter('arrIncludes', 'red')
    expect(test(['blue', 'red'])).toBe(true)
    expect(test(['blue'])).toBe(false)
    expect(test('red')).toBe(false)
  })

  it('inNumberRange is inclusive, open-ended on missing bounds, and swaps reversed bounds', () => {
    const range = prepareBuiltInFilter('inNumberRange', [10, 20])
    expect([9, 10, 15, 20, 21].map(range)).toEqual([false, true, true, true, false])
    expect(prepareBuiltInFilter('inNumberRange', [undefined, 5])(-100)).toBe(true)
    expect(prepareBuiltInFilter('inNumberRange', ['7', null])(8)).toBe(true)
    expect(prepareBuiltInFilter('inNumberRange', [20, 10])(15)).toBe(true)
    expect(prepareBuiltInFilter('inNumberRange', 4)(4)).toBe(true)
    expect(prepareBuiltInFilter('inNumberRange', [0, 'x'])(1e9)).toBe(true)
    expect(prepareBuiltInFilter('inNumberRange', [0, 'x'])(-1)).toBe(false)
    expect(range('15')).toBe(false)
    expect(prepareBuiltInFilter('inNumberRange', [0, 2000])(new Date(1000))).toBe(true)
  })

  it('auto picks by filter value, and for arrays by whether the column is numeric', () => {
    expect(autoFilterFn('x', false)).toBe('includesString')
    expect(autoFilterFn([1, 2], true)).toBe('inNumberRange')
    expect(autoFilterFn(['red'], false)).toBe('isOneOf')
    expect(autoFilterFn(3, false)).toBe('equals')
  })

  it('caseInsensitiveIncludes works for queries without letters', () => {
    expect(caseInsensitiveIncludes('42')('x420')).toBe(true)
    expect(caseInsensitiveIncludes('42')('x4')).toBe(false)
  })
})
