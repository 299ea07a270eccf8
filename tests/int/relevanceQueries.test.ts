import { describe, expect, test } from '@jest/globals'
import slugify from '@sindresorhus/slugify'

import { ASSEN_ACTIVITIES } from '../../src/seed/data/activities/assen'
import { GRONINGEN_ACTIVITIES } from '../../src/seed/data/activities/groningen'
import { HAREN_ACTIVITIES } from '../../src/seed/data/activities/haren'
import { OPENINGS } from '../../src/seed/data/openings'
import {
  checkSynthetic,
  DEMO_QUERIES,
  QUERY_CLASSES,
  syntheticRelevanceSet,
} from '../bench/relevance/queries'

/**
 * The judged query set of `npm run bench:relevance` is itself sound: big enough per class, and
 * every judged slug is a published demo listing (slugs as the slug field makes them from the
 * title), so renaming a listing cannot silently make a query meaningless.
 */
const listings = [...HAREN_ACTIVITIES, ...GRONINGEN_ACTIVITIES, ...ASSEN_ACTIVITIES, ...OPENINGS]
const published = new Set(listings.filter((l) => !l.draft).map((l) => slugify(l.title)))
const drafts = new Set(listings.filter((l) => l.draft).map((l) => slugify(l.title)))

describe('judged demo queries', () => {
  test('at least 150, every class at least 15', () => {
    expect(DEMO_QUERIES.length).toBeGreaterThanOrEqual(150)
    for (const cls of QUERY_CLASSES)
      expect([cls, DEMO_QUERIES.filter((q) => q.class === cls).length >= 15]).toEqual([cls, true])
  })

  test('every relevant slug is a published demo listing; no empty or repeated judgments', () => {
    expect(published.size).toBe(listings.length - drafts.size) // slugs are unique
    const unknown = DEMO_QUERIES.flatMap((q) =>
      q.relevant
        .filter((s) => !published.has(s))
        .map((s) => `${q.text}: ${s}${drafts.has(s) ? ' (a draft)' : ''}`),
    )
    expect(unknown).toEqual([])
    expect(DEMO_QUERIES.filter((q) => q.relevant.length === 0).map((q) => q.text)).toEqual([])
    expect(
      DEMO_QUERIES.filter((q) => new Set(q.relevant).size !== q.relevant.length).map((q) => q.text),
    ).toEqual([])
    const keys = DEMO_QUERIES.map((q) => `${q.locale}:${q.text.toLowerCase()}`)
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([])
  })

  test('English queries are on the English site, all others on the Dutch one', () => {
    expect(
      DEMO_QUERIES.filter((q) => (q.class === 'english') !== (q.locale === 'en')).map(
        (q) => q.text,
      ),
    ).toEqual([])
  })

  test('typos are real slips in words of at least 5 letters, not accents', () => {
    for (const q of DEMO_QUERIES.filter((x) => x.class === 'typo')) {
      expect([q.text, q.note ?? '']).toEqual([
        q.text,
        expect.stringMatching(/missing|doubled|swapped|wrong|two slips/),
      ])
      expect(q.text.replace(/\s+/g, '').length).toBeGreaterThanOrEqual(5)
    }
  })
})

describe('synthetic queries', () => {
  const set = syntheticRelevanceSet(5000)

  test('at least 60, relevance known by construction (markers only in their own listings)', () => {
    expect(set.queries.length).toBeGreaterThanOrEqual(60)
    expect(checkSynthetic(set)).toEqual([])
    for (const cls of QUERY_CLASSES) expect(set.queries.some((q) => q.class === cls)).toBe(true)
    expect(set.queries.every((q) => q.relevant.length >= 1 && q.relevant.length <= 20)).toBe(true)
  })

  test('typos are one or two slips from the word meant', () => {
    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    const distance = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      )
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const cost = a[i - 1] === b[j - 1] ? 0 : 1
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
        }
      }
      return d[a.length]![b.length]!
    }
    for (const q of set.queries.filter((x) => x.class === 'typo')) {
      const meant = q.note!.replace('meant: ', '')
      const slips = distance(q.text, meant)
      expect([q.text, slips >= 1 && slips <= (meant.length >= 9 ? 2 : 1)]).toEqual([q.text, true])
    }
  })

  test('deterministic', () => {
    const again = syntheticRelevanceSet(5000)
    expect(again.queries).toEqual(set.queries)
    expect(again.docs.slice(0, 50)).toEqual(set.docs.slice(0, 50))
  })
})
