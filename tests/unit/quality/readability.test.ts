import fc from 'fast-check'

import {
  fleschDouma,
  levelOf,
  readability,
  splitSentences,
  splitWords,
} from '../../../src/lib/readability'
import { hyphenParts, syllables, vowelGroups } from '../../../src/lib/readability/syllables'

/** Thirty words from the directory, their syllables counted by hand (spoken, not written). */
const COUNTED: [string, number][] = [
  ['huis', 1],
  ['koffie', 2],
  ['vrijwilligerswerk', 5],
  ['theater', 3],
  ['beamen', 3],
  ['ideaal', 3],
  ['geïnteresseerd', 5],
  ['coördinator', 5],
  ['samenwerkingsverband', 6],
  ['dagbesteding', 4],
  ['participatieplek', 6],
  ['taalcafé', 3],
  ['buurthuis', 2],
  ['ouder', 2],
  ['maatschappelijke', 5],
  ['bij', 1],
  ['aanmelden', 3],
  ['werkervaringsplek', 5],
  ['leerwerkplek', 3],
  ['gemeente', 3],
  ['activiteiten', 5],
  ['eenvoudig', 3],
  ['uitnodiging', 4],
  ['reünie', 3],
  ['museum', 3],
  ['zee', 1],
  ['jongerencentrum', 5],
  ['begeleiding', 4],
  ['stage', 2],
  ['buurtbaan', 2],
]

describe('Dutch syllables', () => {
  it('counts all thirty hand-counted words right with the higher of the two methods', () => {
    expect(COUNTED.filter(([word, n]) => syllables(word) !== n)).toEqual([])
  })

  it('needs both methods: each alone misses some', () => {
    const right = (count: (w: string) => number) =>
      COUNTED.filter(([word, n]) => count(word) === n).length
    const byVowels = right(vowelGroups)
    const byHyphens = right(hyphenParts)
    expect(byVowels).toBeGreaterThanOrEqual(26)
    expect(byVowels).toBeLessThan(30)
    expect(byHyphens).toBeGreaterThanOrEqual(24)
    expect(byHyphens).toBeLessThan(30)
  })

  it('gives every word at least one syllable, also numbers and abbreviations', () => {
    expect(syllables('2026')).toBe(1)
    expect(syllables("'s")).toBe(1)
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zé]{1,20}$/), (word) => {
        expect(syllables(word)).toBeGreaterThanOrEqual(1)
      }),
      { numRuns: 200 },
    )
  })
})

describe('the readability hint', () => {
  it('splits sentences on end marks and line breaks, and keeps abbreviations one word', () => {
    expect(splitSentences('Kom langs! Het is gratis.\n- koffie\n- thee')).toEqual([
      'Kom langs!',
      'Het is gratis.',
      '- koffie',
      '- thee',
    ])
    expect(splitWords("Bel Welzijn B.V. of mail naar e-mail's.")).toEqual([
      'Bel',
      'Welzijn',
      'B.V',
      'of',
      'mail',
      'naar',
      "e-mail's",
    ])
  })

  it('is the Flesch-Douma formula', () => {
    expect(fleschDouma(10, 1, 15)).toBeCloseTo(206.835 - 9.3 - 115.5, 5)
    expect(levelOf(65)).toBe('plain')
    expect(levelOf(45)).toBe('hard')
    expect(levelOf(-20)).toBe('very_hard')
  })

  it('finds plain Dutch plain and marks the hardest sentences of hard Dutch', () => {
    const plain = readability(
      'Wij drinken elke week koffie. Je bent welkom. Je hoeft je niet aan te melden. Het is gratis.',
    )
    expect(plain?.level).toMatch(/easy|plain/)
    expect(plain?.hardest).toEqual([])
    const hard = readability(
      'Kom gezellig langs. In het kader van het maatschappelijke samenwerkingsverband faciliteert de organisatie laagdrempelige participatieactiviteiten ter bevordering van de zelfredzaamheid van kwetsbare inwoners. Er is koffie.',
    )
    expect(hard!.score).toBeLessThan(60)
    expect(hard!.hardest).toHaveLength(1)
    expect(hard!.hardest[0]!.text).toMatch(/^In het kader/)
    expect(hard!.hardest[0]!.longWords).toEqual(
      expect.arrayContaining(['samenwerkingsverband', 'laagdrempelige']),
    )
  })

  it('says nothing about fewer than ten words', () => {
    expect(readability('Koffie en thee.')).toBeNull()
    expect(readability('')).toBeNull()
  })
})
