import { describe, expect, test } from '@jest/globals'

import { GeocoderError, parsePoint, pdokSearch, pdokSearchUrl } from '../../../src/lib/geo/pdok'
import { fakeFetch, hangingFetch, KERKLAAN, okJson, pdokBody, unreachable } from './fakes'

const kindOf = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (err) {
    expect(err).toBeInstanceOf(GeocoderError)
    return (err as GeocoderError).kind
  }
  throw new Error('expected a GeocoderError')
}
/** A fetch answering every call with this status and `json()`. */
const answering = (ok: boolean, status: number, json: () => Promise<unknown>) =>
  fakeFetch(() => Promise.resolve({ ok, status, json }))

describe('PDOK Locatieserver adapter', () => {
  test('builds an address query and a postcode query', () => {
    const address = new URL(pdokSearchUrl(KERKLAAN))
    expect(address.origin + address.pathname).toBe(
      'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free',
    )
    expect(address.searchParams.get('q')).toBe('Kerklaan 12, 9751 NN Haren')
    expect(address.searchParams.get('fq')).toBe('type:adres')
    expect(address.searchParams.get('rows')).toBe('1')
    expect(address.searchParams.get('fl')?.split(',')).toEqual(
      expect.arrayContaining(['centroide_ll', 'gemeentecode', 'wijkcode', 'buurtcode']),
    )
    const postcode = new URL(pdokSearchUrl({ postcode: '9751 NN' }))
    expect(postcode.searchParams.get('q')).toBe('9751 NN')
    expect(postcode.searchParams.get('fq')).toBe('type:postcode')
  })

  test('parses the first document of a realistic answer', async () => {
    const fetch = fakeFetch(okJson(pdokBody()))
    const result = await pdokSearch(KERKLAAN, { fetch })
    expect(fetch.calls).toHaveLength(1)
    expect(result).toMatchObject({
      lon: 6.60958,
      lat: 53.17322,
      type: 'adres',
      gemeenteCode: '0014',
      gemeenteNaam: 'Groningen',
      wijkCode: 'WK001480',
      buurtCode: 'BU00148000',
      postcode: '9751NN',
      houseNumber: '12',
      street: 'Kerklaan',
    })
  })

  test('reads POINT(lon lat) and refuses anything else', () => {
    expect(parsePoint('POINT(4.9041 52.371)')).toEqual({ lon: 4.9041, lat: 52.371 })
    expect(parsePoint('POINT(4.9 95)')).toBeNull()
    expect(parsePoint('4.9 52.3')).toBeNull()
    expect(parsePoint(undefined)).toBeNull()
  })

  test('classifies failures', async () => {
    expect(await kindOf(pdokSearch(KERKLAAN, { fetch: fakeFetch(unreachable) }))).toBe(
      'unreachable',
    )
    expect(
      await kindOf(
        pdokSearch(KERKLAAN, { fetch: answering(false, 503, () => Promise.resolve({})) }),
      ),
    ).toBe('unreachable')
    expect(
      await kindOf(
        pdokSearch(KERKLAAN, { fetch: answering(false, 400, () => Promise.resolve({})) }),
      ),
    ).toBe('bad_response')
    expect(
      await kindOf(
        pdokSearch(KERKLAAN, {
          fetch: answering(true, 200, () => Promise.reject(new SyntaxError('Unexpected token <'))),
        }),
      ),
    ).toBe('bad_response')
    expect(await kindOf(pdokSearch(KERKLAAN, { fetch: fakeFetch(okJson({ error: 'x' })) }))).toBe(
      'bad_response',
    )
    expect(
      await kindOf(
        pdokSearch(KERKLAAN, {
          fetch: fakeFetch(okJson(pdokBody({ centroide_ll: 'POINT(bad)' }))),
        }),
      ),
    ).toBe('bad_response')
    expect(
      await kindOf(
        pdokSearch(KERKLAAN, { fetch: fakeFetch(okJson({ response: { numFound: 0, docs: [] } })) }),
      ),
    ).toBe('not_found')
  })

  test('gives up after the timeout when the service does not answer', async () => {
    const fetch = hangingFetch()
    const started = Date.now()
    expect(await kindOf(pdokSearch(KERKLAAN, { fetch, timeoutMs: 50 }))).toBe('timeout')
    expect(Date.now() - started).toBeLessThan(2000)
    expect(fetch.calls).toHaveLength(1)
  })

  test('the timeout also holds when a fetch ignores the abort signal', async () => {
    const fetch = fakeFetch(() => new Promise(() => undefined))
    expect(await kindOf(pdokSearch(KERKLAAN, { fetch, timeoutMs: 30 }))).toBe('timeout')
  })
})
