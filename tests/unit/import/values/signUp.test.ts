import { describe, expect, test } from '@jest/globals'

import { parseSignUp, type SignUp } from '../../../../src/lib/import/values'
import { problemOf, valueOf } from './helpers'

describe('parseSignUp', () => {
  test.each<[string, SignUp]>([
    ['vrije inloop', 'walk_in'],
    ['Vrije inloop', 'walk_in'],
    ['inloop', 'walk_in'],
    ['inloopspreekuur', 'walk_in'],
    ['zonder aanmelden', 'walk_in'],
    ['zonder aanmelding', 'walk_in'],
    ['geen aanmelding nodig', 'walk_in'],
    ['aanmelden niet nodig', 'walk_in'],
    ['aanmelden is niet verplicht', 'walk_in'],
    ['gewoon binnenlopen', 'walk_in'],
    ['loop gewoon binnen', 'walk_in'],
    ['walk-in', 'walk_in'],
    ['aanmelden', 'sign_up'],
    ['Aanmelden verplicht', 'sign_up'],
    ['aanmelden nodig', 'sign_up'],
    ['aanmelding vereist', 'sign_up'],
    ['opgeven via info@buurthuis.nl', 'sign_up'],
    ['Opgeven bij Anja, 06-12345678', 'sign_up'],
    ['inschrijven via de website', 'sign_up'],
    ['reserveren', 'sign_up'],
    ['sign up required', 'sign_up'],
  ])('%j → %s', (cell, expected) => {
    const result = parseSignUp(cell)
    expect(valueOf(result)).toBe(expected)
    expect(result.ok && result.warning).toBeFalsy()
  })

  test.each(['aanmelden gewenst', 'graag aanmelden', 'bij voorkeur opgeven'])(
    '%j → sign_up with a warning that sign-up is wished, not required',
    (cell) => {
      const result = parseSignUp(cell)
      expect(valueOf(result)).toBe('sign_up')
      expect(result.ok && result.warning?.nl).toContain('gewenst, niet verplicht')
    },
  )

  test.each<[unknown, string]>([
    ['ja', 'weet ik niet of aanmelden nodig is'],
    ['nee', 'weet ik niet of aanmelden nodig is'],
    ['x', 'weet ik niet of aanmelden nodig is'],
    [true, 'weet ik niet of aanmelden nodig is'],
    [1, 'weet ik niet of aanmelden nodig is'],
    ['vrije inloop, wel aanmelden', 'zowel inloop als aanmelden'],
    ['misschien', 'begrijp niet'],
    ['', 'leeg'],
  ])('%j → a problem (%s)', (cell, words) => {
    expect(problemOf(parseSignUp(cell as string)).nl).toContain(words)
  })
})
