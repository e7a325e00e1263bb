import { describe, expect, it } from 'vitest'
import { SampleWindow } from '../SampleWindow'

function held(window: SampleWindow): number[] {
  const out = new Float64Array(window.capacity)
  const n = window.copyTo(out)
  return Array.from(out.subarray(0, n)).sort((a, b) => a - b)
}

describe('SampleWindow', () => {
  it('grows its storage by doubling, only up to the capacity', () => {
    const window = new SampleWindow(1024)
    expect(window.allocatedBytes).toBe(16 * 8)
    for (let i = 0; i < 17; i++) window.push(i)
    expect(window.allocatedBytes).toBe(32 * 8)
    for (let i = 0; i < 983; i++) window.push(i)
    expect(window.size).toBe(1000)
    expect(window.allocatedBytes).toBe(1024 * 8)
    for (let i = 0; i < 5000; i++) window.push(i)
    expect(window.allocatedBytes).toBe(1024 * 8)
  })

  it('a window smaller than the initial storage allocates only its capacity', () => {
    const window = new SampleWindow(3)
    expect(window.allocatedBytes).toBe(24)
    const grown = new SampleWindow(20)
    for (let i = 0; i < 20; i++) grown.push(i)
    expect(grown.allocatedBytes).toBe(160)
  })

  it('keeps the most recent samples after wrapping', () => {
    const window = new SampleWindow(4)
    for (let i = 1; i <= 11; i++) window.push(i)
    expect(window.size).toBe(4)
    expect(held(window)).toEqual([8, 9, 10, 11])
  })

  it('a window of one keeps only the last sample', () => {
    const window = new SampleWindow(1)
    window.push(3)
    window.push(9)
    expect(held(window)).toEqual([9])
  })

  it('reset forgets samples', () => {
    const window = new SampleWindow(4)
    for (let i = 0; i < 6; i++) window.push(i)
    window.reset()
    expect(window.size).toBe(0)
    window.push(42)
    expect(held(window)).toEqual([42])
  })
})
