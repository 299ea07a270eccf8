import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'

import {
  type Answers,
  answersToParams,
  HELPS,
  NO_ANSWERS,
  RADII,
  readAnswers,
  WANTS,
} from '../../../src/lib/suggest/answers'
import {
  type Candidate,
  fitsHard,
  rankSuggestions,
  type Reason,
} from '../../../src/lib/suggest/rank'
import { PARTS_OF_DAY } from '../../../src/lib/vocabulary'
import { syntheticListings } from '../../helpers/syntheticListings'

const DOCS = [...syntheticListings(600, 11)]
const THEMES = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8']

const answersArb: fc.Arbitrary<Answers> = fc.record({
  want: fc.subarray([...WANTS], { maxLength: 2 }),
  themes: fc.subarray(THEMES, { maxLength: 3 }),
  days: fc.subarray([1, 2, 3, 4, 5, 6, 7], { maxLength: 3 }),
  parts: fc.subarray([...PARTS_OF_DAY], { maxLength: 2 }),
  postcode: fc.option(fc.constant('9751 AB'), { nil: undefined }),
  location: fc.option(fc.constant({ lat: 53.17322, lon: 6.60958 }), { nil: undefined }),
  radiusKm: fc.constantFrom(...RADII),
  help: fc.subarray([...HELPS], { maxLength: 3 }),
  age: fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
})

/** Candidates as the search hands them over: each with a made-up distance when a place was given. */
const candidates = (a: Answers, seed: number): Candidate[] =>
  DOCS.map((doc, i) => ({
    doc,
    ...(a.postcode || a.location ? { distanceKm: ((i * 7919 + seed) % 300) / 10 } : {}),
  }))

/** A reason is true when the listing has what it says and the answers asked for it. */
const holds = (r: Reason, c: Candidate, a: Answers): boolean => {
  const d = c.doc
  switch (r.kind) {
    case 'want':
      return a.want.includes(r.want) && r.listingKind === d.kind
    case 'themes':
      return (
        r.themes.length > 0 && r.themes.every((t) => d.themes.includes(t) && a.themes.includes(t))
      )
    case 'help':
      return r.help.every(
        (h) =>
          a.help.includes(h) &&
          (h === 'walk_in' ? d.walkIn : h === 'free' ? d.free : (d.help ?? []).includes(h)),
      )
    case 'days':
      return r.days.every((x) => d.weekdays.includes(x) && a.days.includes(x))
    case 'parts':
      return r.parts.every((p) => d.partsOfDay.includes(p) && a.parts.includes(p))
    case 'distance':
      return (
        r.km === c.distanceKm &&
        r.km <= a.radiusKm &&
        r.from === (a.postcode ? 'postcode' : 'location')
      )
    case 'age':
      return (
        a.age !== undefined &&
        r.min === d.ageMin &&
        r.max === d.ageMax &&
        (r.min ?? 0) <= a.age &&
        (r.max ?? 200) >= a.age
      )
  }
}

describe('"Wat past bij mij?" suggestions', () => {
  test('every suggestion satisfies the hard answers (kind, distance, days, parts, age)', () => {
    fc.assert(
      fc.property(answersArb, fc.nat(1000), (a, seed) => {
        for (const s of rankSuggestions(a, candidates(a, seed), 20)) {
          const d = s.doc
          if (a.postcode || a.location) expect(s.distanceKm!).toBeLessThanOrEqual(a.radiusKm)
          if (a.days.length) expect(a.days.some((x) => d.weekdays.includes(x))).toBe(true)
          if (a.parts.length) expect(a.parts.some((p) => d.partsOfDay.includes(p))).toBe(true)
          if (a.age !== undefined) {
            expect(d.ageMin ?? 0).toBeLessThanOrEqual(a.age)
            expect(d.ageMax ?? 200).toBeGreaterThanOrEqual(a.age)
          }
          expect(fitsHard(a, s)).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  test('every reason shown is true of the listing and was asked for', () => {
    fc.assert(
      fc.property(answersArb, fc.nat(1000), (a, seed) => {
        for (const s of rankSuggestions(a, candidates(a, seed), 20))
          for (const r of s.reasons) expect([r.kind, holds(r, s, a)]).toEqual([r.kind, true])
      }),
      { numRuns: 300 },
    )
  })

  test('nothing that fits is left out for something that fits less: ranked by matching themes and help', () => {
    const a: Answers = { ...NO_ANSWERS, themes: ['t1'], help: ['free'] }
    const ranked = rankSuggestions(a, candidates(a, 1), 600)
    const score = (c: Candidate) => (c.doc.themes.includes('t1') ? 3 : 0) + (c.doc.free ? 2 : 0)
    const scores = ranked.map(score)
    expect(scores).toEqual([...scores].sort((x, y) => y - x))
    expect(ranked.length).toBe(DOCS.length)
  })

  test('answers travel in the address and read back the same; bad ones name their question', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const read = readAnswers(answersToParams(a), () => true)
        expect(read.ok).toBe(true)
        const back = read.answers
        // A postcode wins over a location; without either, the distance is not kept.
        const sent = { ...a, ...(a.postcode ? { location: undefined } : {}) }
        expect({
          ...back,
          radiusKm: a.postcode || a.location ? back.radiusKm : a.radiusKm,
        }).toEqual(Object.fromEntries(Object.entries(sent).filter(([, v]) => v !== undefined)))
      }),
    )
    const bad = readAnswers(
      new URLSearchParams('want=dance&day=2&postcode=0000 XX&step=7'),
      () => false,
    )
    expect(bad.ok).toBe(false)
    expect(bad.step).toBe(1)
    // What was right is kept: the day stays answered while "want" is asked again.
    expect(bad.answers.days).toEqual([2])
    const postcode = readAnswers(
      new URLSearchParams('want=meet&postcode=9999 ZZ&step=7'),
      () => false,
    )
    expect(postcode).toMatchObject({
      ok: false,
      step: 4,
      problems: [{ field: 'postcode', question: 'where' }],
    })
    expect(postcode.answers.want).toEqual(['meet'])
  })
})
