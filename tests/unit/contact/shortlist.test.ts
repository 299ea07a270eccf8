import fc from 'fast-check'

import {
  changeShortlist,
  cookieValue,
  formatShortlist,
  parseShortlist,
  SHORTLIST_MAX,
  type ShortlistKey,
} from '../../../src/lib/shortlist'
import { qrSvg } from '../../../src/lib/qr'

describe('a shortlist of listings', () => {
  test('keeps valid keys only, each once, at most the maximum', () => {
    expect(parseShortlist('a12.o5.x9.a12..o5;DROP.o7')).toEqual(['a12', 'o5', 'o7'])
    expect(parseShortlist(undefined)).toEqual([])
    const many = Array.from({ length: 30 }, (_, i) => `o${i + 1}`).join('.')
    expect(parseShortlist(many)).toHaveLength(SHORTLIST_MAX)
  })

  test('adds at the end, removes, empties; a full list takes no more', () => {
    const keys: ShortlistKey[] = ['a1', 'o2']
    expect(changeShortlist(keys, { add: 'o3' })).toEqual(['a1', 'o2', 'o3'])
    expect(changeShortlist(keys, { add: 'a1' })).toEqual(['o2', 'a1'])
    expect(changeShortlist(keys, { remove: 'a1' })).toEqual(['o2'])
    expect(changeShortlist(keys, { add: 'nonsense' })).toEqual(keys)
    expect(changeShortlist(keys, { clear: true })).toEqual([])
    const full = parseShortlist(Array.from({ length: SHORTLIST_MAX }, (_, i) => `a${i}`).join('.'))
    expect(changeShortlist(full, { add: 'o99' })).toEqual(full)
  })

  test('round-trips through its cookie value, whatever is changed', () => {
    const key = fc.tuple(fc.constantFrom('a', 'o'), fc.integer({ min: 1, max: 1e9 }))
    const change = fc.oneof(
      key.map(([c, n]) => ({ add: `${c}${n}` })),
      key.map(([c, n]) => ({ remove: `${c}${n}` })),
    )
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), (changes) => {
        let keys: ShortlistKey[] = []
        for (const c of changes) keys = changeShortlist(keys, c)
        expect(parseShortlist(formatShortlist(keys))).toEqual(keys)
        expect(keys.length).toBeLessThanOrEqual(SHORTLIST_MAX)
      }),
    )
  })

  test('reads its cookie from a Cookie header', () => {
    expect(cookieValue('a=1; meedoen_lijstje=o5.a3; payload-token=x', 'meedoen_lijstje')).toBe(
      'o5.a3',
    )
    expect(cookieValue(undefined, 'meedoen_lijstje')).toBeUndefined()
  })

  test('a QR code is an SVG', async () => {
    const svg = await qrSvg('https://meedoen.example/plek/kok')
    expect(svg).toMatch(/^<svg[^>]*viewBox/)
    expect(svg).toContain('<path')
  })
})
