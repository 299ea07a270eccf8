import type { Payload } from 'payload'

import { synonymWords } from '../../../collections/SearchSynonyms'
import { buildLexicon, type Lexicon } from '../../../src/lib/search/understand/lexicon'

/** How long a process uses what it read before reading the editors' words again. */
const FRESH_MS = 60_000

interface Known {
  lexicon: Lexicon
  readAt: number
  reading: Promise<void> | null
}
const known = new WeakMap<Payload, Known>()

/**
 * What the search knows about words, as editors keep it: their synonym groups and the themes'
 * names, on top of the built-in kind words and English glossary. Read in the background at most
 * once a minute (and right after an editor changes them in this process); until the first read,
 * the built-in Dutch list, which is also what a new installation's synonyms start from.
 */
export const lexiconFor = (payload: Payload) => {
  const entry: Known = known.get(payload) ?? { lexicon: buildLexicon(), readAt: 0, reading: null }
  known.set(payload, entry)
  return (): Lexicon => {
    if (!entry.reading && Date.now() - entry.readAt > FRESH_MS) entry.reading = read(payload, entry)
    return entry.lexicon
  }
}

/** Reads the editors' words now (after a change, and in tests); resolves when the search uses them. */
export const refreshLexicon = async (payload: Payload): Promise<void> => {
  if (!known.has(payload)) lexiconFor(payload)
  const entry = known.get(payload)!
  await entry.reading
  entry.reading = read(payload, entry)
  await entry.reading
}

// A server read of reference data, not on a request path: the synonyms are editors-only to people.
const read = async (payload: Payload, entry: Known): Promise<void> => {
  try {
    const [synonyms, themes] = await Promise.all([
      payload.find({
        collection: 'search-synonyms',
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { words: true },
      }),
      payload.find({
        collection: 'themes',
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { name: true, nameEn: true },
      }),
    ])
    entry.lexicon = buildLexicon({
      synonyms: synonyms.docs.map((d) => synonymWords((d as { words?: string }).words)),
      themes: themes.docs.map((t) => ({
        id: String(t.id),
        names: [
          (t as { name: string }).name,
          (t as { nameEn?: string | null }).nameEn ?? '',
        ].filter(Boolean),
      })),
    })
    entry.readAt = Date.now()
  } catch (err) {
    payload.logger.warn(
      { err },
      'search: reading synonyms and themes failed; keeping the words known so far',
    )
    entry.readAt = Date.now()
  } finally {
    entry.reading = null
  }
}
