import { describe, expect, it } from 'vitest'
import { describeTarget, interactionTiming, interactionTypeOf } from '../interactionTiming'
import { eventEntry } from './fakeObserver'

describe('interactionTiming', () => {
  it('names the interaction by its events', () => {
    const of = (...names: string[]) =>
      interactionTypeOf(names.map((name) => eventEntry({ name, startTime: 0 })))
    expect(of('pointerdown', 'pointerup', 'click')).toBe('click')
    expect(of('keydown', 'keyup')).toBe('keyboard')
    expect(of('pointerdown', 'pointerup')).toBe('pointer')
    expect(of('mousedown')).toBe('pointer')
    expect(of('touchstart')).toBe('touchstart')
  })

  it('describes a target by tag and id only', () => {
    expect(describeTarget({ nodeName: 'INPUT', id: 'filter' })).toBe('input#filter')
    expect(describeTarget({ nodeName: 'TH', id: '' })).toBe('th')
    expect(describeTarget({})).toBe('')
    expect(describeTarget(null)).toBe('')
  })

  it('takes the longest entry and the handlers painted in its frame', () => {
    const timing = interactionTiming([
      eventEntry({
        name: 'pointerdown',
        startTime: 900,
        duration: 48,
        processingStart: 901,
        processingEnd: 940,
      }),
      eventEntry({
        name: 'pointerup',
        startTime: 1000,
        duration: 200,
        processingStart: 1010,
        processingEnd: 1012,
      }),
      eventEntry({
        name: 'click',
        startTime: 1003,
        duration: 197,
        processingStart: 1012,
        processingEnd: 1150,
      }),
    ])
    expect(timing).toEqual({
      interactionId: 1,
      interactionType: 'click',
      eventName: 'pointerup',
      target: 'button#sort',
      startTime: 1000,
      durationMs: 200,
      inputDelayMs: 10,
      processingDurationMs: 140,
      presentationDelayMs: 50,
    })
  })

  it('never reports negative phases', () => {
    const timing = interactionTiming([
      eventEntry({
        startTime: 100,
        duration: 16,
        processingStart: 90,
        processingEnd: 130,
        interactionId: undefined,
      }),
    ])
    expect(timing.interactionId).toBe(0)
    expect(timing.inputDelayMs).toBe(0)
    expect(timing.presentationDelayMs).toBe(0)
  })
})
