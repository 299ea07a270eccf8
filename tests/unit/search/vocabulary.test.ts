import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'

import { editDistanceWithin, typoDistance } from '../../../src/lib/search/understand/editDistance'
import { Vocabulary } from '../../../src/lib/search/understand/vocabulary'

const words = fc.stringMatching(/^[a-e]{1,9}$/)

describe('the vocabulary of the index', () => {
  test('words ending in a part (with an inflection) are found by binary search, most common first', () => {
    const v = new Vocabulary()
    for (const [w, n] of [
      ['taalcafe', 3],
      ['naaicafe', 5],
      ['cafe', 9],
      ['taalcafes', 1],
      ['cafetaria', 2],
    ] as const)
      v.add(w, n)
    expect(v.endingIn('cafe', ['', 's'], 10)).toEqual(['naaicafe', 'taalcafe', 'taalcafes'])
    expect(v.endingIn('cafe', [''], 1)).toEqual(['naaicafe'])
  })

  test('endingIn and hasPrefix agree with a plain scan, whatever the words', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), words, (list, part) => {
        const v = new Vocabulary()
        for (const w of list) v.add(w)
        const plain = [...new Set(list)]
          .filter((w) => w.length > part.length && w.endsWith(part))
          .sort()
        expect(v.endingIn(part, [''], 1000).sort()).toEqual(plain)
        expect(v.hasPrefix(part)).toBe(list.some((w) => w.startsWith(part)))
      }),
    )
  })

  test('typos are looked up by first letter and length: every word within the allowed distance, and only those', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-c]{5,10}$/), { maxLength: 40 }),
        fc.stringMatching(/^[a-c]{5,10}$/),
        (list, word) => {
          const v = new Vocabulary()
          for (const w of list) v.add(w)
          const plain = [...new Set(list)].filter((w) => typoDistance(word, w) !== null).sort()
          expect(v.typosOf(word, 1000).sort()).toEqual(plain)
        },
      ),
    )
  })

  test('a new word bumps the version (cached understanding is then redone); a known one does not', () => {
    const v = new Vocabulary()
    v.add('koffie')
    const version = v.version
    v.add('koffie')
    expect(v.version).toBe(version)
    v.add('thee')
    expect(v.version).toBe(version + 1)
    expect(v.docs('koffie')).toBe(2)
  })

  test('the bounded distance never says "within" for words further apart', () => {
    fc.assert(
      fc.property(words, words, (a, b) =>
        expect(editDistanceWithin(a, b, 1) <= 1).toBe(editDistanceWithin(a, b, 9) <= 1),
      ),
    )
  })
})
