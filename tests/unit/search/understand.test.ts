import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'

import { editDistanceWithin, typoDistance } from '../../../src/lib/search/understand/editDistance'
import { buildLexicon } from '../../../src/lib/search/understand/lexicon'
import { suggestQuery } from '../../../src/lib/search/understand/suggest'
import { understand, type UnderstandContext } from '../../../src/lib/search/understand/understand'
import { Vocabulary } from '../../../src/lib/search/understand/vocabulary'
import { splitCompound } from '../../../src/lib/search/understand/wordForms'

const vocabulary = new Vocabulary()
for (const w of [
  'taalcafe',
  'werkcafe',
  'naaicafe',
  'mantelzorgcafe',
  'repair',
  'cafe',
  'computer',
  'computers',
  'les',
  'lessen',
  'huiswerk',
  'hulp',
  'fietsen',
  'wandelen',
  'taalmaatje',
  'taalmaatjes',
  'maatje',
  'koffie',
  'vergeten',
  'eten',
  'taal',
  'werk',
  'naaien',
  'mantelzorg',
])
  vocabulary.add(w)
const nl: UnderstandContext = {
  locale: 'nl',
  vocabulary,
  lexicon: buildLexicon({ themes: [{ id: '7', names: ['Sport en bewegen'] }] }),
}
const en: UnderstandContext = { ...nl, locale: 'en' }
const plan = (text: string, c = nl) => understand(text, c)[0]!
const terms = (text: string, tier: number, c = nl) =>
  plan(text, c)
    .alternatives.filter((a) => a.tier === tier)
    .map((a) => a.groups)

describe('compounds', () => {
  test('a word that ends an indexed compound finds it (café → taalcafé …), not a word that merely contains it', () => {
    const found = terms('café', 1).flat(2)
    expect(found).toEqual(
      expect.arrayContaining(['taalcafe', 'werkcafe', 'naaicafe', 'mantelzorgcafe']),
    )
    expect(terms('maatje', 1).flat(2)).toEqual(
      expect.arrayContaining(['taalmaatje', 'taalmaatjes']),
    )
    // "vergeten" ends in "eten" but its head "verg" is no word: still a candidate by shape, never tier 0.
    expect(terms('eten', 0).flat(2)).not.toContain('vergeten')
  })

  test('a compound of indexed words is split, with linking letters: computerles → computer + les', () => {
    expect(splitCompound('computerles', nl)[0]).toEqual(['computer', 'les'])
    expect(splitCompound('huiswerkhulp', nl).map((s) => s.join('+'))).toContain('huiswerk+hulp')
    expect(splitCompound('taalmaatje', nl).length).toBeGreaterThan(0)
    const split = terms('computerles', 1).find((g) => g.length === 2)!
    expect(split[0]).toContain('computer')
    // The second part is widened with its synonyms ("les" ~ "cursus").
    expect(split[1]).toEqual(expect.arrayContaining(['les', 'cursus']))
  })
})

describe('kinds, synonyms, English, themes', () => {
  test('everyday words name kinds of places', () => {
    // The kind comes first; a mere mention of the word after it.
    expect(plan('vrijwilligerswerk').kinds).toEqual([{ tier: 0, kinds: ['volunteer'] }])
    expect(terms('vrijwilligerswerk', 0)).toEqual([])
    expect(terms('vrijwilligerswerk', 1).flat(2)).toContain('vrijwilligerswerk')
    expect(plan('stageplek').kinds[0]!.kinds).toEqual(['internship'])
    expect(plan('buurtbaan').kinds[0]!.kinds).toEqual(['neighbourhood_job'])
  })

  test('synonyms both ways, and English words on the English site only', () => {
    expect(terms('koffie', 1).flat(2)).toEqual(expect.arrayContaining(['inloop']))
    expect(terms('inloop', 1).flat(2)).toEqual(expect.arrayContaining(['koffie']))
    expect(terms('coffee', 1, en).flat(2)).toContain('koffie')
    expect(terms('coffee', 1, nl).flat(2)).not.toContain('koffie')
    expect(terms('gardening', 1, en).flat(2)).toEqual(expect.arrayContaining(['tuinier']))
  })

  test("a theme's name finds its listings", () => {
    expect(plan('sport').themes).toEqual([{ tier: 1, ids: ['7'] }])
  })
})

describe('typos (Meilisearch limits)', () => {
  test('one typo from 5 letters, two from 9, a wrong first letter counts twice', () => {
    expect(typoDistance('fietsn', 'fietsen')).toBe(1)
    expect(typoDistance('koffe', 'koffie')).toBe(1)
    expect(typoDistance('kofe', 'koffie')).toBeNull()
    expect(typoDistance('vrijwiligerswerk', 'vrijwilligerswerk')).toBe(1)
    expect(typoDistance('vrjwiligerswerk', 'vrijwilligerswerk')).toBe(2)
    expect(typoDistance('boffie', 'koffie')).toBeNull()
    expect(typoDistance('bomputers', 'computers')).toBe(2)
  })

  test('a word nothing starts with is corrected below every other match (a kind it names at tier 2, the rest at 3); a known word is not', () => {
    expect(terms('computr', 2).flat(2)).toContain('computer')
    expect(terms('wandlen', 2).flat(2)).toContain('wandel')
    expect(plan('vrijwiligerswerk').kinds).toEqual([{ tier: 2, kinds: ['volunteer'] }])
    expect(terms('koffie', 3)).toEqual([])
  })

  test('words a query can do without are dropped, known phrases are one word, narrowing words may be missing', () => {
    expect(understand('vrijwilligers gezocht', nl).map((p) => p.word)).toEqual(['vrijwilligers'])
    expect(understand('de', nl).map((p) => p.word)).toEqual(['de'])
    expect(understand('work experience', en).map((p) => [p.word, p.kinds[0]?.kinds])).toEqual([
      ['work experience', ['work_experience']],
    ])
    const [computer, hulp] = understand('computer hulp', nl)
    expect([computer!.optionalFrom, hulp!.optionalFrom]).toEqual([undefined, 2])
  })

  test('"Bedoelde je …?" offers the nearest known word for words nothing starts with', () => {
    expect(suggestQuery('kofie computr', nl)).toBe('koffie computer')
    expect(suggestQuery('koffie', nl)).toBeNull()
  })

  test('the bounded distance agrees with the plain one where it matters', () => {
    const plain = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      )
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(
            d[i - 1]![j]! + 1,
            d[i]![j - 1]! + 1,
            d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
          )
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
        }
      return d[a.length]![b.length]!
    }
    fc.assert(
      fc.property(
        fc.stringMatching(/^[abc]{0,8}$/),
        fc.stringMatching(/^[abc]{0,8}$/),
        fc.integer({ min: 0, max: 3 }),
        (a, b, max) => {
          expect(editDistanceWithin(a, b, max)).toBe(Math.min(plain(a, b), max + 1))
        },
      ),
    )
  })
})
