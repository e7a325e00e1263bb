import type { LoafEntry, LoafScriptEntry } from './entries'
import type { InteractionScript } from './types'

/** Long Animation Frames kept for joining with interactions. */
export const LOAF_CAPACITY = 32

/** Scripts listed per interaction at most. */
export const MAX_SCRIPTS = 10

interface KeptFrame {
  start: number
  end: number
  scripts: readonly LoafScriptEntry[]
}

/** A small ring of recent Long Animation Frames (entries are kept by reference, not copied). */
export class LongAnimationFrameLog {
  private readonly frames: (KeptFrame | undefined)[] = new Array<KeptFrame | undefined>(
    LOAF_CAPACITY,
  ).fill(undefined)
  private next = 0

  /** Keeps one frame. */
  add(entry: LoafEntry): void {
    this.frames[this.next] = {
      start: entry.startTime,
      end: entry.startTime + entry.duration,
      scripts: entry.scripts ?? [],
    }
    this.next = (this.next + 1) % LOAF_CAPACITY
  }

  /** Scripts of kept frames that overlap `[start, end]` (ms), longest first, at most {@link MAX_SCRIPTS}. */
  scriptsWithin(start: number, end: number): InteractionScript[] {
    const scripts: InteractionScript[] = []
    for (const frame of this.frames) {
      if (frame === undefined || frame.end < start || frame.start > end) continue
      for (const script of frame.scripts) {
        if (script.startTime + script.duration < start || script.startTime > end) continue
        scripts.push({
          invoker: script.invoker ?? '',
          invokerType: script.invokerType ?? '',
          sourceFunctionName: script.sourceFunctionName ?? '',
          durationMs: script.duration,
        })
      }
    }
    scripts.sort((a, b) => b.durationMs - a.durationMs)
    return scripts.slice(0, MAX_SCRIPTS)
  }

  /** Forgets every frame. */
  clear(): void {
    this.frames.fill(undefined)
    this.next = 0
  }
}
