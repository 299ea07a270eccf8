import type { HitSet } from './hitSet'

/**
 * Recent texts' matches, so a popular search does not gather them again (for a common prefix
 * that is most of its cost: tens of thousands of list entries merged into a bitset), plus
 * pinned ones (prewarmed, never evicted). An entry answers for the index version it is
 * stamped with; after an index write it is gathered again (see textMatches.ts).
 * Least recently used entries go first; at 100,000 listings an entry is at most 12.5 KB.
 */
export class HitCache {
  private readonly entries = new Map<string, HitSet>()
  private readonly pinned = new Map<string, HitSet>()
  /** Bumped by every clear, so a search that started before one does not store an old answer. */
  generation = 0

  constructor(private readonly max = 256) {}

  get(key: string): HitSet | undefined {
    const pinned = this.pinned.get(key)
    if (pinned) return pinned
    const hit = this.entries.get(key)
    if (hit) {
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }

  set(key: string, hits: HitSet, generation: number, pin = false) {
    if (generation !== this.generation || this.max === 0) return
    if (pin || this.pinned.has(key)) {
      this.pinned.set(key, hits)
      this.entries.delete(key)
      return
    }
    this.entries.delete(key)
    this.entries.set(key, hits)
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!)
  }

  clear() {
    this.entries.clear()
    this.pinned.clear()
    this.generation++
  }

  get size(): number {
    return this.entries.size + this.pinned.size
  }

  get pinnedSize(): number {
    return this.pinned.size
  }
}
