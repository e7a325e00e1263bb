import { describe, expect, it } from 'vitest'
import { measureHeapPrecise, sampleHeap, type HeapRuntime } from '../heap'

const MB = 1024 * 1024

describe('sampleHeap', () => {
  it('reads process.memoryUsage() of the real Node runtime by default', () => {
    const sample = sampleHeap()
    expect(sample.source).toBe('process.memoryUsage')
    expect(sample.heapUsed).toBeGreaterThan(1)
    expect(sample.heapTotal).toBeGreaterThanOrEqual(sample.heapUsed)
    expect(sample.heapUsed).toBeCloseTo(process.memoryUsage().heapUsed / MB, -1)
  })

  it('converts process.memoryUsage() bytes to MB', () => {
    const runtime: HeapRuntime = {
      process: {
        memoryUsage: () => ({
          heapUsed: 10 * MB,
          heapTotal: 20 * MB,
          external: 3 * MB,
          arrayBuffers: MB / 2,
        }),
      },
    }
    expect(sampleHeap(runtime)).toEqual({
      heapUsed: 10,
      heapTotal: 20,
      external: 3,
      arrayBuffers: 0.5,
      source: 'process.memoryUsage',
    })
  })

  it('reports 0 for external and arrayBuffers when an older runtime omits them', () => {
    const runtime: HeapRuntime = {
      process: { memoryUsage: () => ({ heapUsed: MB, heapTotal: 2 * MB }) },
    }
    expect(sampleHeap(runtime)).toMatchObject({ external: 0, arrayBuffers: 0, heapUsed: 1 })
  })

  it('reads performance.memory in Chromium', () => {
    const runtime: HeapRuntime = {
      performance: { memory: { usedJSHeapSize: 64 * MB, totalJSHeapSize: 128 * MB } },
    }
    expect(sampleHeap(runtime)).toEqual({
      heapUsed: 64,
      heapTotal: 128,
      external: 0,
      arrayBuffers: 0,
      source: 'performance.memory',
    })
  })

  it('falls back to performance.memory when process.memoryUsage() throws', () => {
    const runtime: HeapRuntime = {
      process: {
        memoryUsage: () => {
          throw new Error('EMFILE')
        },
      },
      performance: { memory: { usedJSHeapSize: MB, totalJSHeapSize: MB } },
    }
    expect(sampleHeap(runtime).source).toBe('performance.memory')
  })

  it('drops figures that are not byte counts', () => {
    const runtime: HeapRuntime = {
      process: { memoryUsage: () => ({ heapUsed: Number.NaN, heapTotal: MB }) },
      performance: { memory: { usedJSHeapSize: -1, totalJSHeapSize: MB } },
    }
    expect(sampleHeap(runtime).source).toBe('unavailable')
    const badTotal: HeapRuntime = {
      process: { memoryUsage: () => ({ heapUsed: MB, heapTotal: Number.POSITIVE_INFINITY }) },
      performance: { memory: { usedJSHeapSize: MB, totalJSHeapSize: Number.NaN } },
    }
    expect(sampleHeap(badTotal).source).toBe('unavailable')
  })

  it('returns zeros from "unavailable" where nothing can be measured, without throwing', () => {
    const throwingMemory: HeapRuntime = {
      performance: {
        get memory(): never {
          throw new Error('blocked')
        },
      },
    }
    const expected = { heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 }
    expect(sampleHeap({})).toEqual({ ...expected, source: 'unavailable' })
    expect(sampleHeap({ process: {}, performance: {} })).toEqual({
      ...expected,
      source: 'unavailable',
    })
    expect(sampleHeap(throwingMemory)).toEqual({ ...expected, source: 'unavailable' })
  })
})

describe('measureHeapPrecise', () => {
  function isolated(result: () => Promise<unknown>): HeapRuntime {
    return {
      crossOriginIsolated: true,
      performance: {
        measureUserAgentSpecificMemory: result as () => Promise<never>,
        memory: { usedJSHeapSize: 5 * MB, totalJSHeapSize: 6 * MB },
      },
    }
  }

  it('splits the measurement into JavaScript (heapUsed) and the rest (external)', async () => {
    const runtime = isolated(() =>
      Promise.resolve({
        bytes: 100 * MB,
        breakdown: [
          { bytes: 60 * MB, types: ['JavaScript'] },
          { bytes: 10 * MB, types: ['JavaScript', 'DOM'] },
          { bytes: 30 * MB, types: ['DOM'] },
        ],
      }),
    )
    expect(await measureHeapPrecise(runtime)).toEqual({
      heapUsed: 70,
      heapTotal: 100,
      external: 30,
      arrayBuffers: 0,
      source: 'measureUserAgentSpecificMemory',
    })
  })

  it('takes the whole figure as heap when there is no JavaScript breakdown', async () => {
    const noBreakdown = await measureHeapPrecise(isolated(() => Promise.resolve({ bytes: 8 * MB })))
    expect(noBreakdown).toMatchObject({ heapUsed: 8, heapTotal: 8, external: 0 })
    const badEntry = await measureHeapPrecise(
      isolated(() =>
        Promise.resolve({
          bytes: 4 * MB,
          breakdown: [{ bytes: Number.NaN, types: ['JavaScript'] }],
        }),
      ),
    )
    expect(badEntry).toMatchObject({ heapUsed: 4, source: 'measureUserAgentSpecificMemory' })
  })

  it('falls back to the synchronous figures when not cross-origin isolated', async () => {
    let calls = 0
    const runtime: HeapRuntime = {
      crossOriginIsolated: false,
      performance: {
        measureUserAgentSpecificMemory: () => {
          calls++
          return Promise.resolve({ bytes: MB })
        },
        memory: { usedJSHeapSize: 5 * MB, totalJSHeapSize: 6 * MB },
      },
    }
    expect(await measureHeapPrecise(runtime)).toMatchObject({
      source: 'performance.memory',
      heapUsed: 5,
    })
    expect(calls).toBe(0)
  })

  it('falls back when the measurement rejects or returns no byte count, never rejecting', async () => {
    const rejected = isolated(() => Promise.reject(new Error('SecurityError')))
    expect((await measureHeapPrecise(rejected)).source).toBe('performance.memory')
    const bogus = isolated(() => Promise.resolve({ bytes: -5 }))
    expect((await measureHeapPrecise(bogus)).source).toBe('performance.memory')
    expect((await measureHeapPrecise({ crossOriginIsolated: true })).source).toBe('unavailable')
  })

  it('uses process.memoryUsage() in Node, where the browser API is absent', async () => {
    expect((await measureHeapPrecise()).source).toBe('process.memoryUsage')
  })
})
