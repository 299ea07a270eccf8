import fc from 'fast-check'

import { duplicatePairs, nameWords, orgNameKey } from '../../../src/lib/orgName'

describe('an organisation name, normalised', () => {
  it('ignores case, accents, punctuation, legal forms, articles and word order', () => {
    const key = orgNameKey('Stichting Welzijn Haren')
    for (const same of [
      'Welzijn Haren',
      'welzijn haren',
      'HAREN WELZIJN',
      'Welzijn-Haren (Stg.)',
      'Stg. Welzijn Haren',
      'De Welzijn Haren Stichting',
      'Welzijn Haren B.V.',
      'Welzijn Haren U.A.',
      'Welzijn  Haren.',
    ])
      expect([same, orgNameKey(same)]).toEqual([same, key])
    expect(orgNameKey('Coöperatie Zorg & Werk')).toBe(orgNameKey('Zorg en Werk'))
    expect(orgNameKey('Café De Kroeg')).toBe(orgNameKey('Cafe Kroeg'))
  })

  it('keeps what tells two organisations apart', () => {
    expect(orgNameKey('Welzijn Haren')).not.toBe(orgNameKey('Welzijn Groningen'))
    expect(orgNameKey('Buurthuis De Wijk')).not.toBe(orgNameKey('Buurthuis'))
    // Initials written with dots stay one word; a dot between words separates them.
    expect(nameWords('J.C. Bloem Stichting')).toEqual(['jc', 'bloem'])
    expect(nameWords('stg.Welzijn')).toEqual(['welzijn'])
  })

  it('gives a name that is only a legal form no key, so it matches nothing', () => {
    expect(orgNameKey('Stichting')).toBe('')
    expect(
      duplicatePairs([
        { id: 1, name: 'Stichting' },
        { id: 2, name: 'B.V.' },
      ]),
    ).toEqual([])
  })

  it('is the same for any order of the words and any case (property)', () => {
    const word = fc.stringMatching(/^[a-zà-ü]{2,9}$/)
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.boolean(), (words, upper) => {
        const name = words.join(' ')
        const shuffled = [...words].reverse().join(' ')
        expect(orgNameKey(upper ? shuffled.toUpperCase() : shuffled)).toBe(orgNameKey(name))
      }),
      { numRuns: 300 },
    )
  })
})

describe('possible duplicates', () => {
  const orgs = [
    { id: 1, name: 'Stichting Welzijn Haren', kvkNumber: '12345678' },
    { id: 2, name: 'Vrijwilligerscentrale Groningen' },
    { id: 3, name: 'Welzijn Haren' },
    { id: 4, name: 'Buurtwerk Noord', kvkNumber: '87654321' },
    { id: 5, name: 'Noorderbuurtwerk', kvkNumber: '87654321' },
    { id: 6, name: 'Groningen Vrijwilligerscentrale', notDuplicateOf: [2] },
  ]

  it('pairs names that share a key and organisations that share a KvK number, older first', () => {
    expect(duplicatePairs(orgs)).toEqual([
      { keep: 1, other: 3, reason: 'name' },
      { keep: 4, other: 5, reason: 'kvk' },
    ])
  })

  it('leaves out a pair an editor said are two organisations, from either side', () => {
    const dismissedOnOlder = orgs.map((o) => (o.id === 1 ? { ...o, notDuplicateOf: [3] } : o))
    expect(duplicatePairs(dismissedOnOlder).map((p) => p.other)).toEqual([5])
  })

  it('names the KvK number as the reason when both the name and the number match', () => {
    expect(
      duplicatePairs([
        { id: 7, name: 'Het Trefpunt', kvkNumber: '11112222' },
        { id: 8, name: 'Trefpunt', kvkNumber: '11112222' },
      ]),
    ).toEqual([{ keep: 7, other: 8, reason: 'kvk' }])
  })
})
