import { expect, test } from '@jest/globals'

import {
  inLanguage,
  languageOfHeader,
  languageOfHeaders,
} from '../../../collections/fields/inLanguage'

test("inLanguage: English only for a request whose language is 'en'; Dutch for anything else or none", () => {
  expect(inLanguage({ i18n: { language: 'en' } }, 'nl', 'en')).toBe('en')
  for (const req of [
    { i18n: { language: 'nl' } },
    { i18n: { language: 'de' } },
    { i18n: {} },
    {},
    null,
    undefined,
  ]) {
    expect(inLanguage(req, 'nl', 'en')).toBe('nl')
  }
})

test('languageOfHeader: the preferred language (highest q, first of equals) decides; English only when it is English', () => {
  const cases: [string | undefined, 'nl' | 'en'][] = [
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['EN-us', 'en'],
    ['nl;q=0.5, en;q=0.8', 'en'],
    ['de, en;q=0.9', 'nl'],
    ['nl-NL,nl;q=0.9,en;q=0.8', 'nl'],
    ['en;q=0, nl', 'nl'],
    ['fr;q=0.9, en', 'en'],
    ['*', 'nl'],
    ['', 'nl'],
    [undefined, 'nl'],
  ]
  for (const [header, language] of cases)
    expect({ header, language: languageOfHeader(header) }).toEqual({ header, language })
})

test("languageOfHeaders: the admin's choice in the payload-lng cookie comes first, as in Payload", () => {
  expect(languageOfHeaders({ cookie: 'a=1; payload-lng=en', 'accept-language': 'nl' })).toBe('en')
  expect(languageOfHeaders({ cookie: 'payload-lng=nl', 'accept-language': 'en' })).toBe('nl')
  expect(
    languageOfHeaders({ cookie: 'payload-lng=xx; other-payload-lng=en', 'accept-language': 'en' }),
  ).toBe('en')
  expect(languageOfHeaders({ cookie: 'my-payload-lng=en' })).toBe('nl')
  expect(languageOfHeaders({})).toBe('nl')
})
