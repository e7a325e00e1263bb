import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../../__tests__/seeded-random'
import { GridKitError } from '../../../errors/GridKitError'
import { mergeSummaries } from '../mergeSummaries'
import { summaryPercentile } from '../summaryPercentile'
import { SummaryRecorder } from '../SummaryRecorder'
import type { PerformanceSummary } from '../types'

const OPERATIONS = ['sorting', 'filtering', 'pagination']
const ROWS = [undefined, 500, 5_000, 50_000, 500_000, 5_000_000]

/** Records the same random stream into `parts` recorders and into one whole recorder. */
function splitStream(
  parts: number,
  samples: number,
): { pieces: SummaryRecorder[]; whole: SummaryRecorder } {
  const random = seededRandom(parts * 1000 + samples)
  const pieces = Array.from({ length: parts }, () => new SummaryRecorder())
  const whole = new SummaryRecorder()
  for (let i = 0; i < samples; i++) {
    const operation = OPERATIONS[Math.floor(random() * OPERATIONS.length)] ?? 'sorting'
    const rows = ROWS[Math.floor(random() * ROWS.length)]
    const duration = random() < 0.05 ? 0 : Math.exp(random() * 8 - 2)
    const severity = duration > 100 ? 'error' : undefined
    whole.record(operation, duration, rows, severity)
    pieces[Math.floor(random() * parts)]?.record(operation, duration, rows, severity)
  }
  return { pieces, whole }
}

/** Sums differ in the last bits with the order of addition; everything else is exact. */
function withoutSums(summary: PerformanceSummary): unknown {
  return JSON.parse(JSON.stringify(summary), (key, value: unknown) =>
    key === 'sum' ? Math.round(value as number) : value,
  ) as unknown
}

describe('mergeSummaries', () => {
  it('merging the pieces equals recording the whole stream (histograms and counts exactly)', () => {
    const { pieces, whole } = splitStream(7, 3_000)
    const merged = mergeSummaries(pieces.map((piece) => piece.toSummary()))
    expect(merged.sessions).toBe(7)
    expect(withoutSums({ ...merged, sessions: 1 })).toEqual(withoutSums(whole.toSummary()))
    for (const operation of OPERATIONS) {
      for (const q of [0.5, 0.95, 0.99]) {
        expect(summaryPercentile(merged, operation, q)).toBe(
          summaryPercentile(whole.toSummary(), operation, q),
        )
      }
    }
  })

  it('is associative, and survives a JSON round trip', () => {
    const { pieces } = splitStream(4, 1_000)
    const [a, b, c, d] = pieces.map(
      (piece) => JSON.parse(JSON.stringify(piece.toSummary())) as PerformanceSummary,
    )
    if (a === undefined || b === undefined || c === undefined || d === undefined)
      throw new Error('pieces')
    const left = mergeSummaries([mergeSummaries([a, b]), mergeSummaries([c, d])])
    const flat = mergeSummaries([a, b, c, d])
    expect(withoutSums(left)).toEqual(withoutSums(flat))
  })

  it('of nothing is an empty summary of 0 sessions', () => {
    expect(mergeSummaries([])).toEqual({
      version: 1,
      relativeAccuracy: 0.01,
      sessions: 0,
      operations: {},
    })
  })

  it('keeps an operation named __proto__ as data', () => {
    const recorder = new SummaryRecorder()
    recorder.record('__proto__', 5, 10, undefined)
    const parsed = JSON.parse(JSON.stringify(recorder.toSummary())) as PerformanceSummary
    const merged = mergeSummaries([parsed, parsed])
    expect(Object.keys(merged.operations)).toEqual(['__proto__'])
    expect(merged.operations['__proto__']?.count).toBe(2)
  })

  it('keeps min and max of an operation when the other side has no samples', () => {
    const recorder = new SummaryRecorder()
    recorder.record('sorting', 5, 10, 'warning')
    const one = recorder.toSummary()
    const empty: PerformanceSummary = JSON.parse(JSON.stringify(one)) as PerformanceSummary
    empty.operations = {
      sorting: {
        count: 0,
        sum: 0,
        min: 0,
        max: 0,
        violations: { warning: 0, error: 0, critical: 0 },
        rows: {},
      },
    }
    const merged = mergeSummaries([one, empty])
    expect(merged.operations.sorting).toMatchObject({ count: 1, min: 5, max: 5 })
    expect(merged.operations.sorting?.violations.warning).toBe(1)
  })
})

describe('mergeSummaries refuses malformed input, naming the field', () => {
  const good = (): PerformanceSummary => {
    const recorder = new SummaryRecorder()
    recorder.record('sorting', 12, 50_000, undefined)
    recorder.record('sorting', 0, undefined, undefined)
    return JSON.parse(JSON.stringify(recorder.toSummary())) as PerformanceSummary
  }
  const cases: [string, (summary: Record<string, unknown>) => unknown, string][] = [
    ['not an object', () => 'x', 'summaries[1]'],
    ['a wrong version', (s) => ({ ...s, version: 2 }), 'summaries[1].version'],
    [
      'another accuracy',
      (s) => ({ ...s, relativeAccuracy: 0.02 }),
      'summaries[1].relativeAccuracy',
    ],
    ['negative sessions', (s) => ({ ...s, sessions: -1 }), 'summaries[1].sessions'],
    ['operations as an array', (s) => ({ ...s, operations: [] }), 'summaries[1].operations'],
  ]
  for (const [name, corrupt, path] of cases) {
    it(name, () => {
      const bad = corrupt(good() as unknown as Record<string, unknown>)
      expect(() => mergeSummaries([good(), bad as PerformanceSummary])).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', details: { option: path } }),
      )
    })
  }

  const deep: [string, (s: PerformanceSummary) => void, string][] = [
    [
      'an operation that is not an object',
      (s) => {
        ;(s.operations as Record<string, unknown>).sorting = 3
      },
      '.operations["sorting"]',
    ],
    [
      'a NaN sum',
      (s) => {
        s.operations.sorting!.sum = NaN
      },
      '.sum',
    ],
    [
      'violations missing',
      (s) => {
        ;(s.operations.sorting as unknown as Record<string, unknown>).violations = null
      },
      '.violations',
    ],
    [
      'a fractional violation count',
      (s) => {
        s.operations.sorting!.violations.error = 0.5
      },
      '.violations.error',
    ],
    [
      'rows missing',
      (s) => {
        ;(s.operations.sorting as unknown as Record<string, unknown>).rows = 1
      },
      '.rows',
    ],
    [
      'an unknown row bucket',
      (s) => {
        ;(s.operations.sorting!.rows as Record<string, unknown>)['2k'] =
          s.operations.sorting!.rows['10k-100k']
      },
      '.rows',
    ],
    [
      'a histogram that is not an object',
      (s) => {
        ;(s.operations.sorting!.rows as Record<string, unknown>)['10k-100k'] = []
      },
      '.rows.10k-100k',
    ],
    [
      'counts not an array',
      (s) => {
        ;(s.operations.sorting!.rows['10k-100k'] as unknown as Record<string, unknown>).counts = {}
      },
      '.counts',
    ],
    [
      'an offset out of range',
      (s) => {
        s.operations.sorting!.rows['10k-100k']!.offset = 5_000
      },
      '.offset',
    ],
    [
      'a negative bucket count',
      (s) => {
        s.operations.sorting!.rows['10k-100k']!.counts[0] = -1
      },
      '.counts[0]',
    ],
    [
      'a count that disagrees with the buckets',
      (s) => {
        s.operations.sorting!.rows['10k-100k']!.count = 9
      },
      '.rows.10k-100k.count',
    ],
    [
      'an operation count that disagrees with its rows',
      (s) => {
        s.operations.sorting!.count = 9
      },
      '["sorting"].count',
    ],
  ]
  for (const [name, corrupt, suffix] of deep) {
    it(name, () => {
      const bad = good()
      corrupt(bad)
      let thrown: unknown
      try {
        mergeSummaries([bad])
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(GridKitError)
      expect(String((thrown as GridKitError).details?.option)).toMatch(
        new RegExp(`${suffix.replace(/[[\]().]/g, '\\$&')}$`),
      )
    })
  }

  it('a non-array argument', () => {
    expect(() => mergeSummaries({} as unknown as PerformanceSummary[])).toThrow(
      /array of summaries/,
    )
  })

  it('never echoes a value in its message', () => {
    const bad = good()
    ;(bad as unknown as Record<string, unknown>).sessions = 'https://secret.example/?token=abc123'
    expect(() => mergeSummaries([bad])).toThrow('got a string (36 characters)')
  })
})
