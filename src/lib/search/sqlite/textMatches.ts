import { ftsGroups } from '../text'
import type { ColumnCache } from './columns'
import { HitSet, parseIds } from './hitCache'
import type { SqlExecutor } from './schema'
import { PRESENT } from './typedColumns'

/** Words in at least this share of the listings (and this many) get their matches prewarmed. */
const HOT_SHARE = 0.02
const HOT_MIN_DOCS = 2000
const HOT_TERMS = 48
const PREWARM_KEYS = 256

const MATCH = 'SELECT group_concat(rowid) AS ids FROM search_fts WHERE search_fts MATCH ?'

/**
 * A text's FTS5 matches, kept in the column cache's `texts` and kept exact as the index
 * changes: a cached answer for an older index version is brought up to date from the rows
 * written since — deleted rows are dropped, rows added since (rowids above the answer's `top`;
 * the index writer always adds rows at the end) are asked of FTS5 with `rowid > top`, which
 * reads only the end of each word's list. An older row written in place, or history the
 * cache no longer has, means asking again in full.
 *
 * Words typed as several parts ("koffie gezellig") are one FTS5 query, unless every part is
 * cached already: then the cached parts are intersected.
 */
export const textMatcher = (
  sql: SqlExecutor,
  cache: ColumnCache,
  { hotMinDocs = HOT_MIN_DOCS, widerKeys = () => [] }: { hotMinDocs?: number; widerKeys?: (word: string) => string[] } = {},
) => {
  const ask = async (key: string): Promise<HitSet> => {
    const version = cache.version
    const [found] = await sql.all<{ ids: string | null }>(MATCH, [key])
    return HitSet.parse(found?.ids, cache.capacity - 1, version)
  }

  /** The cached answer, brought up to the cache's version; null when it must be asked again. */
  const fresh = async (key: string): Promise<HitSet | null> => {
    const generation = cache.texts.generation
    const hit = cache.texts.get(key)
    if (!hit || hit.version === cache.version) return hit ?? null
    const version = cache.version
    const changed = cache.changedSince(hit.version)
    if (!changed) return null
    const { packed } = cache.columns
    const removed = new Set<number>()
    for (const id of changed) {
      if (id > hit.top) continue
      if (((packed[id] ?? 0) & PRESENT) !== 0) return null
      removed.add(id)
    }
    const [found] = await sql.all<{ ids: string | null }>(`${MATCH} AND rowid > ?`, [key, hit.top])
    const updated = hit.updated(removed, parseIds(found?.ids), cache.capacity - 1, version)
    cache.texts.set(key, updated, generation)
    return updated
  }

  const get = async (key: string, pin = false): Promise<HitSet> => {
    const known = await fresh(key)
    if (known) return known
    const generation = cache.texts.generation
    const hits = await ask(key)
    cache.texts.set(key, hits, generation, pin)
    return hits
  }

  return {
    /** The matches of an FTS5 expression, cached like a text's. */
    match: (key: string): Promise<HitSet> => get(key),

    /** The matches of a text (empty text: none). */
    async of(text: string): Promise<HitSet> {
      const groups = ftsGroups(text)
      const key = groups.join(' AND ')
      if (groups.length > 1) {
        const known = await fresh(key)
        if (known) return known
        const parts = await Promise.all(groups.map(fresh))
        if (parts.every((p) => p !== null)) {
          const generation = cache.texts.generation
          const hits = (parts as HitSet[]).reduce((a, b) => a.and(b, cache.version))
          cache.texts.set(key, hits, generation)
          return hits
        }
      }
      return get(key)
    },

    /**
     * Asks FTS5 ahead of time about the words that are in many listings (where asking costs
     * most), as they are typed: every prefix of 3+ letters of the most common index words.
     * Pinned in the cache. Any failure only costs the head start.
     */
    async prewarm(): Promise<number> {
      try {
        await sql.run("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, 'search_fts', 'row')")
        const min = Math.max(hotMinDocs, Math.ceil(cache.size * HOT_SHARE))
        const hot = await sql.all<{ term: string }>('SELECT term FROM temp.search_vocab WHERE doc >= ? ORDER BY doc DESC LIMIT ?', [min, HOT_TERMS])
        const keys = new Set<string>()
        for (const { term } of hot) {
          if (!/^[a-z0-9]+$/.test(term)) continue
          for (let n = 3; n <= term.length; n++) {
            keys.add(ftsGroups(term.slice(0, n))[0]!)
            // What a word typed so far is understood to mean (a synonym, a compound) is asked too.
            if (n >= 4) for (const key of widerKeys(term.slice(0, n))) keys.add(key)
          }
        }
        let warmed = 0
        for (const key of [...keys].slice(0, PREWARM_KEYS)) {
          await get(key, true)
          warmed++
        }
        return warmed
      } catch {
        return 0
      }
    },
  }
}
