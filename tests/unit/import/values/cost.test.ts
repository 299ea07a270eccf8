import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'

import { parseCost, type CostValue } from '../../../../src/lib/import/values'
import { problemOf, valueOf } from './helpers'

const free: CostValue = { kind: 'free' }
const payWhatYouCan: CostValue = { kind: 'pay_what_you_can' }
const amount = (value: number): CostValue => ({ kind: 'amount', amount: value })

describe('parseCost: the forms people write', () => {
  test.each<[string | number, CostValue]>([
    ['gratis', free],
    ['Gratis!', free],
    ['kosteloos', free],
    ['geen kosten', free],
    ['gratis toegang', free],
    ['free', free],
    ['0', free],
    ['€ 0,00', free],
    [0, free],
    ['€ 2,50', amount(2.5)],
    ['2,50', amount(2.5)],
    ['€2.50', amount(2.5)],
    ['€ 2,5', amount(2.5)],
    ['2 euro', amount(2)],
    ['2 EURO', amount(2)],
    ['EUR 3', amount(3)],
    ['€ 3,-', amount(3)],
    ['€ 2,- p.p.', amount(2)],
    ['€ 1.000', amount(1000)],
    ['€ 1.000,00', amount(1000)],
    ['€\u00a012,50', amount(12.5)],
    ['Kosten: € 3,50', amount(3.5)],
    ['eigen bijdrage € 4', amount(4)],
    ['€ 2,50 per keer', amount(2.5)],
    ['€ 2,50 p/k', amount(2.5)],
    ['€ 12,50 per les', amount(12.5)],
    ['€ 3,50 per persoon per keer', amount(3.5)],
    [2.5, amount(2.5)],
    [1000, amount(1000)],
    ['vrijwillige bijdrage', payWhatYouCan],
    ['Vrijwillige bijdrage.', payWhatYouCan],
    ['betaal wat je kunt', payWhatYouCan],
    ['Betaal wat je kan', payWhatYouCan],
    ['naar draagkracht', payWhatYouCan],
    ['pay what you can', payWhatYouCan],
  ])('%j', (cell, expected) => {
    const result = parseCost(cell)
    expect(valueOf(result)).toEqual(expected)
    expect(result.ok && result.warning).toBeFalsy()
  })

  test.each<[string, CostValue]>([
    ['€ 5 p/m', amount(5)],
    ['€ 5 per maand', amount(5)],
    ['€5/maand', amount(5)],
    ['€ 25 per jaar', amount(25)],
    ['3 euro p.p.p.m.', amount(3)],
    ['€ 40 per seizoen', amount(40)],
  ])('%j is an amount with a warning: it is not per time', (cell, expected) => {
    const result = parseCost(cell)
    expect(valueOf(result)).toEqual(expected)
    expect(result.ok && result.warning?.nl).toContain('niet per keer')
  })

  test('pay what you can with an amount keeps the kind and warns that the amount is left out', () => {
    const result = parseCost('vrijwillige bijdrage (€ 2)')
    expect(valueOf(result)).toEqual(payWhatYouCan)
    expect(result.ok && result.warning?.nl).toContain('neem ik niet over')
  })
})

describe('parseCost: refusals say what is wrong', () => {
  test.each<[unknown, string]>([
    ['op aanvraag', 'geen vast bedrag'],
    ['wisselend', 'geen vast bedrag'],
    ['n.v.t.', 'geen vast bedrag'],
    ['nader te bepalen', 'geen vast bedrag'],
    ['€ 2 - € 5', 'geen vast bedrag'],
    ['vanaf € 5', 'geen vast bedrag'],
    ['€ 2,50 per 10 lessen', 'geen vast bedrag'],
    ['€ 1.250,00', 'meer dan € 1.000,00'],
    ['€ 1000,01', 'meer dan € 1.000,00'],
    ['1.250', 'Dit bedrag is € 1.250,00'],
    [1001, 'meer dan € 1.000,00'],
    ['-5', 'negatief'],
    ['€ -5', 'negatief'],
    ['− € 2,50', 'negatief'],
    [-1, 'negatief'],
    [2.555, 'kan niet'],
    [Number.NaN, 'kan niet'],
    ['1,250', 'begrijp'],
    ['2,505', 'begrijp'],
    ['€ 2,50 per kilo', 'begrijp'],
    ['duur', 'begrijp'],
    ['gratis, materiaal € 2', "'gratis' én meer"],
    [true, 'geen bedrag'],
    ['', 'leeg'],
  ])('%j → a problem (%s)', (cell, words) => {
    expect(problemOf(parseCost(cell as string)).nl).toContain(words)
  })
})

const cents = fc.integer({ min: 1, max: 100_000 })
const dutch = (c: number) =>
  new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    c / 100,
  )

describe('parseCost: properties', () => {
  test('every amount formatted the Dutch way parses back ("€ 1.250,00", "2,50", "€ 2,50 per keer")', () => {
    const forms = fc.constantFrom(
      (c: number) => `€ ${dutch(c)}`,
      (c: number) => dutch(c),
      (c: number) => `€${dutch(c)} per keer`,
      (c: number) => `${dutch(c)} euro`,
      (c: number) =>
        new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(c / 100),
    )
    fc.assert(
      fc.property(cents, forms, (c, form) => {
        expect(valueOf(parseCost(form(c)))).toEqual(amount(c / 100))
      }),
    )
  })

  test('every amount as a spreadsheet number parses back', () => {
    fc.assert(
      fc.property(cents, (c) => expect(valueOf(parseCost(c / 100))).toEqual(amount(c / 100))),
    )
  })

  test('amounts above € 1.000 are refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_001, max: 100_000_000 }), (c) => {
        expect(problemOf(parseCost(`€ ${dutch(c)}`)).nl).toContain('meer dan')
      }),
    )
  })
})
