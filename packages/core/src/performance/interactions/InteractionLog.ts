import type { InteractionAttribution } from './types'

/** The most recent interactions with their attribution, in a fixed-size ring. */
export class InteractionLog {
  private readonly entries: (InteractionAttribution | undefined)[]
  private next = 0
  private held = 0

  constructor(readonly capacity: number) {
    this.entries = new Array<InteractionAttribution | undefined>(capacity).fill(undefined)
  }

  /** Keeps one interaction (the oldest is dropped when full). */
  add(attribution: InteractionAttribution): void {
    this.entries[this.next] = attribution
    this.next = (this.next + 1) % this.capacity
    if (this.held < this.capacity) this.held++
  }

  /** The kept interactions, oldest first (deep copies). */
  recent(): InteractionAttribution[] {
    const out: InteractionAttribution[] = []
    const first = this.held < this.capacity ? 0 : this.next
    for (let k = 0; k < this.held; k++) {
      const entry = this.entries[(first + k) % this.capacity]
      if (entry !== undefined) out.push(structuredClone(entry))
    }
    return out
  }
}
