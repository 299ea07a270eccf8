import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'

import { parseAges, type AgeRange } from '../../../../src/lib/import/values'
import { problemOf, valueOf } from './helpers'

describe('parseAges: the forms people write', () => {
  test.each<[string, AgeRange]>([
    ['18+', { ageMin: 18 }],
    ['18 +', { ageMin: 18 }],
    ['vanaf 18', { ageMin: 18 }],
    ['vanaf 18 jaar', { ageMin: 18 }],
    ['18 jaar en ouder', { ageMin: 18 }],
    ['65 jaar of ouder', { ageMin: 65 }],
    ['55+', { ageMin: 55 }],
    ['55-plussers', { ageMin: 55 }],
    ['volwassenen (18+)', { ageMin: 18 }],
    ['meerderjarigen', { ageMin: 18 }],
    ['ouder dan 65', { ageMin: 66 }],
    ['12-18', { ageMin: 12, ageMax: 18 }],
    ['12 - 18 jaar', { ageMin: 12, ageMax: 18 }],
    ['4 - 12 jr.', { ageMin: 4, ageMax: 12 }],
    ['0-4 jaar', { ageMin: 0, ageMax: 4 }],
    ['12 t/m 18 jaar', { ageMin: 12, ageMax: 18 }],
    ['12 tot en met 18', { ageMin: 12, ageMax: 18 }],
    ['van 12 t/m 18 jaar', { ageMin: 12, ageMax: 18 }],
    ['jongeren 12-18', { ageMin: 12, ageMax: 18 }],
    ['ages 12 to 18', { ageMin: 12, ageMax: 18 }],
    ['t/m 12 jaar', { ageMax: 12 }],
    ['max. 12 jaar', { ageMax: 12 }],
    ['12 jaar en jonger', { ageMax: 12 }],
    ['jonger dan 12', { ageMax: 11 }],
    ['onder de 12', { ageMax: 11 }],
    ['under 12', { ageMax: 11 }],
    ['minderjarigen', { ageMax: 17 }],
    ['alle leeftijden', {}],
    ['voor iedereen', {}],
    ['all ages', {}],
  ])('%j', (cell, expected) => {
    const result = parseAges(cell)
    expect(valueOf(result)).toEqual(expected)
    expect(result.ok && result.warning).toBeFalsy()
  })

  test.each<[string, AgeRange]>([
    ['tot 12 jaar', { ageMax: 11 }],
    ['kinderen tot 12', { ageMax: 11 }],
    ['12 tot 18 jaar', { ageMin: 12, ageMax: 17 }],
    ['Kinderen van 4 tot 12 jaar', { ageMin: 4, ageMax: 11 }],
  ])(
    '%j: "tot" leaves the age out (Dutch "tot" is not "tot en met"), with a warning',
    (cell, expected) => {
      const result = parseAges(cell)
      expect(valueOf(result)).toEqual(expected)
      expect(result.ok && result.warning?.nl).toContain(`tot en met ${expected.ageMax}`)
    },
  )
})

describe('parseAges: refusals say what is wrong', () => {
  test.each<[unknown, string]>([
    ['kinderen', 'geen leeftijd'],
    ['jongeren', 'geen leeftijd'],
    ['volwassenen', 'geen leeftijd'],
    ['ouderen', 'geen leeftijd'],
    ['senioren', 'geen leeftijd'],
    ['18', 'vanaf of tot'],
    ['18 jaar', 'vanaf of tot'],
    [18, 'vanaf of tot'],
    ['150+', 'tussen 0 en 120'],
    ['tot 0', 'tussen 0 en 120'],
    ['18-12', 'hoger dan de tweede'],
    ['kinderen en ouders', 'begrijp'],
    ['boven de 65', 'begrijp'],
    [12.5, 'begrijp'],
    [true, 'begrijp'],
    ['', 'leeg'],
  ])('%j → a problem (%s)', (cell, words) => {
    expect(problemOf(parseAges(cell as string)).nl).toContain(words)
  })
})

const age = fc.integer({ min: 0, max: 120 })

describe('parseAges: properties', () => {
  test('every range "a-b" and "a t/m b jaar" (a ≤ b) parses back', () => {
    fc.assert(
      fc.property(age, age, (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x]
        expect(valueOf(parseAges(`${a}-${b}`))).toEqual({ ageMin: a, ageMax: b })
        expect(valueOf(parseAges(`${a} t/m ${b} jaar`))).toEqual({ ageMin: a, ageMax: b })
      }),
    )
  })

  test('every "a+" and "vanaf a jaar" gives the minimum age', () => {
    fc.assert(
      fc.property(age, (a) => {
        expect(valueOf(parseAges(`${a}+`))).toEqual({ ageMin: a })
        expect(valueOf(parseAges(`vanaf ${a} jaar`))).toEqual({ ageMin: a })
      }),
    )
  })

  test('every value is within 0–120 with the minimum not above the maximum', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789+- tot/m'.split('')) }),
        (cell) => {
          const result = parseAges(cell)
          if (!result.ok) return
          const { ageMin = 0, ageMax = 120 } = result.value
          expect(ageMin).toBeGreaterThanOrEqual(0)
          expect(ageMax).toBeLessThanOrEqual(120)
          expect(ageMin).toBeLessThanOrEqual(ageMax)
        },
      ),
    )
  })
})
