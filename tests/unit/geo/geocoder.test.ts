/**
 * Longer than 200 lines because it covers one module, the geocoder (PDOK answers, fallbacks,
 * breaker, cache and the process-wide instance), with the shared fakes and clock.
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals'

import {
  createGeocoder,
  defaultGeocoder,
  geocoderModeFromEnv,
  getGeocoder,
  setGeocoder,
} from '../../../src/lib/geo/geocoder'
import { fakeFetch, hangingFetch, KERKLAAN, okJson, pdokBody, unreachable } from './fakes'

const clock = () => {
  let t = 5_000_000
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms
    },
  }
}

describe('geocoder', () => {
  test('PDOK answer → verified, with gemeente / wijk / buurt codes', async () => {
    const geocoder = createGeocoder({ mode: 'pdok', fetch: fakeFetch(okJson(pdokBody())) })
    expect(await geocoder.geocodeAddress(KERKLAAN)).toEqual({
      status: 'verified',
      source: 'pdok',
      lat: 53.17322,
      lon: 6.60958,
      precision: 'address',
      gemeenteCode: '0014',
      wijkCode: 'WK001480',
      buurtCode: 'BU00148000',
      displayName: 'Kerklaan 12, 9751NN Haren',
    })
  })

  test('unreachable PDOK → PC4 centroid, approximate, reason reported', async () => {
    const fetch = fakeFetch(unreachable)
    const outcome = await createGeocoder({ mode: 'pdok', fetch }).geocodeAddress({
      ...KERKLAAN,
      postcode: '9751nn',
    })
    expect(fetch.calls).toHaveLength(1)
    expect(outcome).toMatchObject({
      status: 'approximate',
      source: 'pc4',
      precision: 'postcode4',
      reason: 'unreachable',
      place: 'Haren Gn',
    })
    if (outcome.status !== 'approximate') throw new Error('unreachable')
    expect(outcome.lat).toBeCloseTo(53.17, 1)
    expect(outcome.lon).toBeCloseTo(6.61, 1)
  })

  test('timeout → fallback with reason timeout', async () => {
    const outcome = await createGeocoder({
      mode: 'pdok',
      fetch: hangingFetch(),
      timeoutMs: 40,
    }).geocodeAddress(KERKLAAN)
    expect(outcome).toMatchObject({ status: 'approximate', reason: 'timeout' })
  })

  test('a match for another postcode or house number is not accepted', async () => {
    const other = createGeocoder({
      mode: 'pdok',
      fetch: fakeFetch(okJson(pdokBody({ postcode: '9752AA' }))),
    })
    expect(await other.geocodeAddress(KERKLAAN)).toMatchObject({
      status: 'approximate',
      reason: 'not_found',
    })
    const number = createGeocoder({
      mode: 'pdok',
      fetch: fakeFetch(okJson(pdokBody({ huisnummer: 14 }))),
    })
    expect(await number.geocodeAddress(KERKLAAN)).toMatchObject({
      status: 'approximate',
      reason: 'not_found',
    })
    const withLetter = createGeocoder({ mode: 'pdok', fetch: fakeFetch(okJson(pdokBody())) })
    expect(await withLetter.geocodeAddress({ ...KERKLAAN, houseNumber: '12a' })).toMatchObject({
      status: 'verified',
    })
  })

  test('the breaker opens after 3 failures: fetch is no longer called until the cool-down ends', async () => {
    const c = clock()
    let down = true
    const fetch = fakeFetch(() => (down ? unreachable() : okJson(pdokBody())()))
    const geocoder = createGeocoder({ mode: 'pdok', fetch, now: c.now })
    for (let i = 0; i < 3; i++)
      expect(await geocoder.geocodeAddress(KERKLAAN)).toMatchObject({ reason: 'unreachable' })
    expect(fetch.calls).toHaveLength(3)
    expect(await geocoder.geocodeAddress(KERKLAAN)).toMatchObject({
      status: 'approximate',
      reason: 'circuit_open',
    })
    expect(fetch.calls).toHaveLength(3)
    c.advance(60_000)
    down = false
    expect(await geocoder.geocodeAddress(KERKLAAN)).toMatchObject({ status: 'verified' })
    expect(fetch.calls).toHaveLength(4)
  })

  test('not_found does not open the breaker', async () => {
    const fetch = fakeFetch(okJson({ response: { numFound: 0, docs: [] } }))
    const geocoder = createGeocoder({ mode: 'pdok', fetch })
    for (let i = 0; i < 5; i++)
      expect(await geocoder.geocodeAddress(KERKLAAN)).toMatchObject({ reason: 'not_found' })
    expect(fetch.calls).toHaveLength(5)
  })

  test('a cache hit does not call fetch again; the key is the normalised address; failures are not cached', async () => {
    const fetch = fakeFetch(okJson(pdokBody()))
    const geocoder = createGeocoder({ mode: 'pdok', fetch })
    await geocoder.geocodeAddress(KERKLAAN)
    const again = await geocoder.geocodeAddress({
      street: ' kerklaan ',
      houseNumber: '12',
      postcode: '9751nn',
      city: 'HAREN',
    })
    expect(again.status).toBe('verified')
    expect(fetch.calls).toHaveLength(1)

    const failing = fakeFetch(unreachable)
    const g2 = createGeocoder({ mode: 'pdok', fetch: failing })
    await g2.geocodeAddress(KERKLAAN)
    await g2.geocodeAddress(KERKLAAN)
    expect(failing.calls).toHaveLength(2)
  })

  test('invalid postcode → failed; unknown PC4 → failed with the geocoder reason', async () => {
    const fetch = fakeFetch(unreachable)
    const geocoder = createGeocoder({ mode: 'pdok', fetch })
    expect(await geocoder.geocodeAddress({ postcode: '12345' })).toEqual({
      status: 'failed',
      reason: 'invalid_postcode',
    })
    expect(fetch.calls).toHaveLength(0)
    expect(await geocoder.geocodeAddress({ postcode: '1000 AA' })).toEqual({
      status: 'failed',
      reason: 'unknown_postcode',
      geocoderReason: 'unreachable',
    })
  })

  test('postcode only → a PDOK postcode query, precision postcode6', async () => {
    const fetch = fakeFetch(okJson(pdokBody({ huisnummer: undefined, straatnaam: undefined })))
    const outcome = await createGeocoder({ mode: 'pdok', fetch }).geocodeAddress({
      postcode: '9751 NN',
    })
    expect(fetch.calls[0]).toContain('fq=type%3Apostcode')
    expect(outcome).toMatchObject({ status: 'verified', precision: 'postcode6' })
  })

  test('mode off never calls fetch: PC4 with reason disabled', async () => {
    const fetch = fakeFetch(okJson(pdokBody()))
    const outcome = await createGeocoder({ mode: 'off', fetch }).geocodeAddress(KERKLAAN)
    expect(outcome).toMatchObject({ status: 'approximate', reason: 'disabled' })
    expect(fetch.calls).toHaveLength(0)
  })
})

describe('process-wide geocoder', () => {
  afterEach(() => {
    setGeocoder(undefined)
    jest.restoreAllMocks()
  })

  test('GEOCODER=off|pdok; unset: off under tests, pdok otherwise', () => {
    expect(geocoderModeFromEnv({ GEOCODER: 'off' })).toBe('off')
    expect(geocoderModeFromEnv({ GEOCODER: ' PDOK ' })).toBe('pdok')
    expect(geocoderModeFromEnv({})).toBe('pdok')
    expect(geocoderModeFromEnv({ APP_ENV: 'test' })).toBe('off')
    expect(geocoderModeFromEnv({ JEST_WORKER_ID: '1' })).toBe('off')
    expect(geocoderModeFromEnv({ JEST_WORKER_ID: '1', GEOCODER: 'pdok' })).toBe('pdok')
    expect(geocoderModeFromEnv()).toBe('off')
  })

  test('the default geocoder in tests never calls globalThis.fetch', async () => {
    const spy = jest
      .spyOn(globalThis, 'fetch')
      .mockRejectedValue(new Error('the network must not be used in tests'))
    const outcome = await defaultGeocoder.geocodeAddress(KERKLAAN)
    expect(spy).not.toHaveBeenCalled()
    expect(outcome).toMatchObject({ status: 'approximate', source: 'pc4', reason: 'disabled' })
  })

  test('setGeocoder replaces what defaultGeocoder delegates to', async () => {
    const fake = {
      geocodeAddress: jest.fn(() =>
        Promise.resolve({ status: 'failed' as const, reason: 'invalid_postcode' as const }),
      ),
    }
    setGeocoder(fake)
    expect(getGeocoder()).toBe(fake)
    expect(await defaultGeocoder.geocodeAddress(KERKLAAN)).toEqual({
      status: 'failed',
      reason: 'invalid_postcode',
    })
    expect(fake.geocodeAddress).toHaveBeenCalledTimes(1)
    setGeocoder(undefined)
    expect(getGeocoder()).not.toBe(fake)
  })
})
