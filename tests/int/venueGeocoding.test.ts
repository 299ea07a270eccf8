import { afterAll, afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals'

import { createGeocoder, type GeocodeInput, type GeocodeOutcome, setGeocoder } from '../../src/lib/geo/geocoder'
import { startPayload, type TestPayload } from '../helpers/payload'
import { fakeFetch, unreachable } from '../unit/geo/fakes'

/** Saving a venue geocodes its address through the process-wide geocoder (a fake here). */
let t: TestPayload
let orgID: number
beforeAll(async () => {
  t = await startPayload()
  const org = await t.payload.create({
    collection: 'organisations',
    data: { name: 'Welzijn Haren', type: 'welzijn', _status: 'published' } as never,
    overrideAccess: true,
  })
  orgID = org.id
}, 120_000)
afterAll(async () => t?.stop())
afterEach(() => setGeocoder(undefined))

const ADDRESS = { street: 'Kerklaan', houseNumber: '12', postcode: '9751nn', city: 'Haren' }

const VERIFIED: GeocodeOutcome = {
  status: 'verified', source: 'pdok', lat: 53.17322, lon: 6.60958, precision: 'address',
  gemeenteCode: '0014', wijkCode: 'WK001480', buurtCode: 'BU00148000',
}

const fakeGeocoder = (answer: GeocodeOutcome | (() => Promise<GeocodeOutcome>)) => {
  const geocodeAddress = jest.fn(async (_addr: GeocodeInput) => (typeof answer === 'function' ? answer() : answer))
  setGeocoder({ geocodeAddress })
  return geocodeAddress
}

const createVenue = (extra: Record<string, unknown> = {}) =>
  t.payload.create({
    collection: 'venues',
    data: { name: 'Huis van de Wijk', type: 'buurthuis', organisations: [orgID], address: ADDRESS, _status: 'published', ...extra } as never,
    overrideAccess: true,
  })

describe('venue geocoding', () => {
  test('verified address → location [lon, lat], CBS codes and status verified', async () => {
    const geocode = fakeGeocoder(VERIFIED)
    const venue = await createVenue()
    expect(geocode).toHaveBeenCalledTimes(1)
    expect(geocode.mock.calls[0]![0]).toMatchObject({ street: 'Kerklaan', houseNumber: '12', postcode: '9751 NN', city: 'Haren' })
    expect(venue.location).toEqual([6.60958, 53.17322])
    expect(venue).toMatchObject({
      locationStatus: 'verified',
      locationSource: 'pdok',
      codes: { gemeenteCode: '0014', wijkCode: 'WK001480', buurtCode: 'BU00148000' },
    })
    const stored = await t.payload.findByID({ collection: 'venues', id: venue.id, overrideAccess: true })
    expect(stored.locationStatus).toBe('verified')
    expect(stored.codes?.buurtCode).toBe('BU00148000')
  })

  test('PDOK unreachable → PC4 centroid, status approximate, the reason in locationSource', async () => {
    const fetch = fakeFetch(unreachable)
    setGeocoder(createGeocoder({ mode: 'pdok', fetch }))
    const venue = await createVenue()
    expect(fetch.calls).toHaveLength(1)
    expect(venue.locationStatus).toBe('approximate')
    expect(venue.locationSource).toBe('pc4 (pdok unreachable)')
    const [lon, lat] = venue.location as [number, number]
    expect(lat).toBeCloseTo(53.17, 1)
    expect(lon).toBeCloseTo(6.61, 1)
    expect(venue.codes?.gemeenteCode ?? null).toBeNull()
  })

  test('nothing found → saved without a location, status not_verified', async () => {
    fakeGeocoder({ status: 'failed', reason: 'unknown_postcode', geocoderReason: 'not_found' })
    const venue = await createVenue()
    expect(venue.location ?? null).toBeNull()
    expect(venue.locationStatus).toBe('not_verified')
    expect(venue.locationSource).toMatch(/^none \(unknown_postcode/)
  })

  test('a geocoder that throws never blocks the save', async () => {
    fakeGeocoder(() => Promise.reject(new Error('boom')))
    const venue = await createVenue()
    expect(venue.id).toBeDefined()
    expect(venue.locationStatus).toBe('not_verified')
  })

  test('a location set by hand → manual, geocoder not called', async () => {
    const geocode = fakeGeocoder(VERIFIED)
    const venue = await createVenue({ location: [6.6, 53.17] })
    expect(geocode).not.toHaveBeenCalled()
    expect(venue).toMatchObject({ location: [6.6, 53.17], locationStatus: 'manual', locationSource: 'manual' })

    const moved = await t.payload.update({
      collection: 'venues', id: venue.id, overrideAccess: true,
      data: { address: { ...ADDRESS, houseNumber: '14' }, location: [6.601, 53.171] } as never,
    })
    expect(geocode).not.toHaveBeenCalled()
    expect(moved).toMatchObject({ location: [6.601, 53.171], locationStatus: 'manual' })
  })

  test('updating only the name does not geocode; changing the address does', async () => {
    const geocode = fakeGeocoder(VERIFIED)
    const venue = await createVenue()
    expect(geocode).toHaveBeenCalledTimes(1)

    const renamed = await t.payload.update({ collection: 'venues', id: venue.id, data: { name: 'Nieuwe naam' }, overrideAccess: true })
    expect(geocode).toHaveBeenCalledTimes(1)
    expect(renamed).toMatchObject({ name: 'Nieuwe naam', locationStatus: 'verified', location: [6.60958, 53.17322] })

    // What the admin form sends: the whole document, location unchanged, postcode re-typed.
    const { id: _id, createdAt: _c, updatedAt: _u, ...whole } = renamed as unknown as Record<string, unknown>
    await t.payload.update({
      collection: 'venues', id: venue.id, overrideAccess: true,
      data: { ...whole, address: { ...ADDRESS, postcode: ' 9751 NN ' } },
    })
    expect(geocode).toHaveBeenCalledTimes(1)

    geocode.mockResolvedValueOnce({ ...VERIFIED, lat: 53.2, lon: 6.62, buurtCode: 'BU00148001' })
    const moved = await t.payload.update({
      collection: 'venues', id: venue.id, overrideAccess: true,
      data: { address: { ...ADDRESS, street: 'Rijksstraatweg', houseNumber: '100' } },
    })
    expect(geocode).toHaveBeenCalledTimes(2)
    expect(geocode.mock.calls[1]![0]).toMatchObject({ street: 'Rijksstraatweg', houseNumber: '100', postcode: '9751 NN' })
    expect(moved).toMatchObject({ location: [6.62, 53.2], locationStatus: 'verified', codes: { buurtCode: 'BU00148001' } })
  })

  test('status and source cannot be faked by hand; choosing manual marks the pin as checked', async () => {
    fakeGeocoder({ status: 'approximate', source: 'pc4', lat: 53.1733, lon: 6.6112, precision: 'postcode4', reason: 'timeout', place: 'Haren Gn' })
    const venue = await createVenue()
    const faked = await t.payload.update({
      collection: 'venues', id: venue.id, overrideAccess: true,
      data: { locationStatus: 'verified', locationSource: 'pdok' } as never,
    })
    expect(faked).toMatchObject({ locationStatus: 'approximate', locationSource: 'pc4 (pdok timeout)' })
    const checked = await t.payload.update({ collection: 'venues', id: venue.id, overrideAccess: true, data: { locationStatus: 'manual' } as never })
    expect(checked).toMatchObject({ locationStatus: 'manual', locationSource: 'manual (checked)', location: [6.6112, 53.1733] })
  })

  test('without a fake, tests use the offline PC4 fallback (GEOCODER off under jest)', async () => {
    const spy = jest.spyOn(globalThis, 'fetch')
    const venue = await createVenue()
    expect(spy).not.toHaveBeenCalled()
    spy.mockRestore()
    expect(venue).toMatchObject({ locationStatus: 'approximate', locationSource: 'pc4 (geocoder off)' })
  })
})
