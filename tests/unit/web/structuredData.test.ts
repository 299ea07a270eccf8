import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'

import { httpUrl } from '../../../src/lib/httpUrl'
import type { Organisation } from '../../../src/payload-types'
import { organisationDocumentLd } from '../../../src/web/structuredData'

const organisation = (website: string) =>
  ({ id: 1, name: 'Buurthuis', slug: 'buurthuis', contact: { website } }) as unknown as Organisation

/** Every string value under a url or sameAs key, however deep. */
const links = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(links)
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'url' || k === 'sameAs' ? [String(v)] : links(v),
  )
}

describe('websites', () => {
  test.each([
    ['https://buurthuis.nl', 'https://buurthuis.nl/'],
    ['http://buurthuis.nl/over?x=1', 'http://buurthuis.nl/over?x=1'],
    ['www.buurthuis.nl', 'https://www.buurthuis.nl/'],
    [' HTTPS://Buurthuis.NL ', 'https://buurthuis.nl/'],
    ['javascript:alert(1)', undefined],
    ['JavaScript://buurthuis.nl/%0aalert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['mailto:info@buurthuis.nl', undefined],
    ['//evil.example', undefined],
    ['https://user:pass@buurthuis.nl', undefined],
    ['geen website', undefined],
    ['localhost', undefined],
  ])('%s → %s', (input, expected) => {
    expect(httpUrl(input)).toBe(expected)
  })

  test('JSON-LD of an organisation carries its website only as an http(s) URL (the raw javascript: one was copied)', () => {
    expect(
      organisationDocumentLd(
        organisation('javascript:alert(document.cookie)'),
        'https://meedoen.example/organisatie/b',
      ),
    ).not.toHaveProperty('sameAs')
    expect(
      organisationDocumentLd(organisation('buurthuis.nl'), 'https://meedoen.example/organisatie/b'),
    ).toMatchObject({ sameAs: 'https://buurthuis.nl/' })
  })

  test('whatever is typed as website, every link in the JSON-LD is http(s)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.constantFrom('javascript:x', 'vbscript:x', 'file:///etc/passwd'),
        ),
        (website) => {
          for (const link of links(
            organisationDocumentLd(organisation(website), 'https://meedoen.example/o'),
          )) {
            expect(['http:', 'https:']).toContain(new URL(link).protocol)
          }
        },
      ),
    )
  })
})
