/**
 * Longer than 200 lines because the cases of one capability, geocoding a saved venue, share one
 * started Payload and the fake geocoder, job and venue helpers at the top.
 */
import { afterAll, afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals'

import type { GeocodeInput, GeocodeOutcome } from '../../src/lib/geo/geocodeTypes'
import { createGeocoder, setGeocoder } from '../../src/lib/geo/geocoder'
import { startPayload, type TestPayload } from '../helpers/payload'
import { fakeFetch, unreachable } from '../unit/geo/fakes'

/**
 * Saving a venue sets its pin from the address: the save takes the PC4 centroid, and a job asks
 * the process-wide geocoder (a fake here) afterwards, outside the save's transaction.
 */
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
  status: 'verified',
  source: 'pdok',
  lat: 53.17322,
  lon: 6.60958,
  precision: 'address',
  gemeenteCode: '0014',
  wijkCode: 'WK001480',
  buurtCode: 'BU00148000',
}

/** Runs the queued jobs, as the server does every minute. */
const settle = () => t.payload.jobs.run({ queue: 'directory', limit: 100 })

const PENDING = { locationStatus: 'approximate', locationSource: 'pc4 (pdok pending)' }

const fakeGeocoder = (answer: GeocodeOutcome | (() => Promise<GeocodeOutcome>)) => {
  const geocodeAddress = jest.fn(async (_addr: GeocodeInput) =>
    typeof answer === 'function' ? answer() : answer,
  )
  setGeocoder({ geocodeAddress })
  return geocodeAddress
}

const createVenue = (extra: Record<string, unknown> = {}) =>
  t.payload.create({
    collection: 'venues',
    data: {
      name: 'Huis van de Wijk',
      type: 'buurthuis',
      organisations: [orgID],
      address: ADDRESS,
      _status: 'published',
      ...extra,
    } as never,
    overrideAccess: true,
  })

const stored = (id: number, draft = false) =>
  t.payload.findByID({ collection: 'venues', id, draft, overrideAccess: true })

/** A venue saved and its geocoding job run. */
const createSettledVenue = async (extra: Record<string, unknown> = {}) => {
  const venue = await createVenue(extra)
  await settle()
  return stored(venue.id)
}

describe('venue geocoding', () => {
  test("the save takes the postcode area's centre; the job then sets the verified pin with CBS codes", async () => {
    const geocode = fakeGeocoder(VERIFIED)
    const venue = await createVenue()
    expect(geocode).not.toHaveBeenCalled()
    expect(venue).toMatchObject(PENDING)
    const [lon, lat] = venue.location as [number, number]
    expect(lat).toBeCloseTo(53.17, 1)
    expect(lon).toBeCloseTo(6.61, 1)

    await settle()
    expect(geocode).toHaveBeenCalledTimes(1)
    expect(geocode.mock.calls[0]![0]).toMatchObject({
      street: 'Kerklaan',
      houseNumber: '12',
      postcode: '9751 NN',
      city: 'Haren',
    })
    const after = await stored(venue.id)
    expect(after.location).toEqual([6.60958, 53.17322])
    expect(after).toMatchObject({
      _status: 'published',
      locationStatus: 'verified',
      locationSource: 'pdok',
      codes: { gemeenteCode: '0014', wijkCode: 'WK001480', buurtCode: 'BU00148000' },
    })
  })

  test('PDOK unreachable → PC4 centroid, status approximate, the reason in locationSource', async () => {
    const fetch = fakeFetch(unreachable)
    setGeocoder(createGeocoder({ mode: 'pdok', fetch }))
    const venue = await createSettledVenue()
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
    // 1000 AA is a valid postcode with no PC4 area (a PO box range), so the save has no centre to take either.
    const venue = await createSettledVenue({ address: { ...ADDRESS, postcode: '1000 AA' } })
    expect(venue.location ?? null).toBeNull()
    expect(venue.locationStatus).toBe('not_verified')
    expect(venue.locationSource).toMatch(/^none \(unknown_postcode/)
  })

  test('a geocoder that throws never blocks the save', async () => {
    fakeGeocoder(() => Promise.reject(new Error('boom')))
    const venue = await createSettledVenue()
    expect(venue.id).toBeDefined()
    expect(venue).toMatchObject({
      locationStatus: 'not_verified',
      locationSource: 'none (geocoder error: boom)',
    })
    // The postcode area's centre stays: better than no pin.
    expect(venue.location).not.toBeNull()
  })

  test('a location set by hand → manual, geocoder not called', async () => {
    const geocode = fakeGeocoder(VERIFIED)
    const venue = await createVenue({ location: [6.6, 53.17] })
    expect(geocode).not.toHaveBeenCalled()
    expect(venue).toMatchObject({
      location: [6.6, 53.17],
      locationStatus: 'manual',
      locationSource: 'manual',
    })

    const moved = await t.payload.update({
      collection: 'venues',
      id: venue.id,
      overrideAccess: true,
      data: { address: { ...ADDRESS, houseNumber: '14' }, location: [6.601, 53.171] } as never,
    })
    expect(geocode).not.toHaveBeenCalled()
    expect(moved).toMatchObject({ location: [6.601, 53.171], locationStatus: 'manual' })
  })

  test('updating only the name does not geocode; changing the address does', async () => {
    const geocode = fakeGeocoder(VERIFIED)
    const venue = await createSettledVenue()
    expect(geocode).toHaveBeenCalledTimes(1)

    const renamed = await t.payload.update({
      collection: 'venues',
      id: venue.id,
      data: { name: 'Nieuwe naam' },
      overrideAccess: true,
    })
    expect(geocode).toHaveBeenCalledTimes(1)
    expect(renamed).toMatchObject({
      name: 'Nieuwe naam',
      locationStatus: 'verified',
      location: [6.60958, 53.17322],
    })

    // What the admin form sends: the whole document, location unchanged, postcode re-typed.
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ...whole
    } = renamed as unknown as Record<string, unknown>
    await t.payload.update({
      collection: 'venues',
      id: venue.id,
      overrideAccess: true,
      data: { ...whole, address: { ...ADDRESS, postcode: ' 9751 NN ' } },
    })
    expect(geocode).toHaveBeenCalledTimes(1)

    geocode.mockResolvedValueOnce({ ...VERIFIED, lat: 53.2, lon: 6.62, buurtCode: 'BU00148001' })
    const moved = await t.payload.update({
      collection: 'venues',
      id: venue.id,
      overrideAccess: true,
      data: { address: { ...ADDRESS, street: 'Rijksstraatweg', houseNumber: '100' } },
    })
    expect(moved).toMatchObject({ ...PENDING, codes: { buurtCode: null } })
    await settle()
    expect(geocode).toHaveBeenCalledTimes(2)
    expect(geocode.mock.calls[1]![0]).toMatchObject({
      street: 'Rijksstraatweg',
      houseNumber: '100',
      postcode: '9751 NN',
    })
    expect(await stored(venue.id)).toMatchObject({
      location: [6.62, 53.2],
      locationStatus: 'verified',
      codes: { buurtCode: 'BU00148001' },
    })
  })

  test('status and source cannot be faked by hand; choosing manual marks the pin as checked', async () => {
    fakeGeocoder({
      status: 'approximate',
      source: 'pc4',
      lat: 53.1733,
      lon: 6.6112,
      precision: 'postcode4',
      reason: 'timeout',
      place: 'Haren Gn',
    })
    const venue = await createSettledVenue()
    const faked = await t.payload.update({
      collection: 'venues',
      id: venue.id,
      overrideAccess: true,
      data: { locationStatus: 'verified', locationSource: 'pdok' } as never,
    })
    expect(faked).toMatchObject({
      locationStatus: 'approximate',
      locationSource: 'pc4 (pdok timeout)',
    })
    const checked = await t.payload.update({
      collection: 'venues',
      id: venue.id,
      overrideAccess: true,
      data: { locationStatus: 'manual' } as never,
    })
    expect(checked).toMatchObject({
      locationStatus: 'manual',
      locationSource: 'manual (checked)',
      location: [6.6112, 53.1733],
    })
  })

  test('a changed address awaiting review: the job sets the pin on the draft and leaves the published venue alone', async () => {
    const geocode = fakeGeocoder(VERIFIED)
    const venue = await createSettledVenue()
    geocode.mockResolvedValueOnce({ ...VERIFIED, lat: 53.2, lon: 6.62, buurtCode: 'BU00148001' })
    await t.payload.update({
      collection: 'venues',
      id: venue.id,
      draft: true,
      overrideAccess: true,
      data: { address: { ...ADDRESS, street: 'Rijksstraatweg', houseNumber: '100' } },
    })
    await settle()
    expect(await stored(venue.id, true)).toMatchObject({
      _status: 'draft',
      address: { street: 'Rijksstraatweg' },
      location: [6.62, 53.2],
      locationStatus: 'verified',
      codes: { buurtCode: 'BU00148001' },
    })
    expect(await stored(venue.id)).toMatchObject({
      _status: 'published',
      address: { street: 'Kerklaan' },
      location: [6.60958, 53.17322],
      codes: { buurtCode: 'BU00148000' },
    })
  })

  test('an answer that comes too late is not written: the address changed, or the pin was set by hand meanwhile', async () => {
    const geocode = fakeGeocoder(VERIFIED)
    const moved = await createVenue()
    await t.payload.update({
      collection: 'venues',
      id: moved.id,
      overrideAccess: true,
      data: { address: { ...ADDRESS, houseNumber: '14' } },
    })
    const placed = await createVenue()
    await t.payload.update({
      collection: 'venues',
      id: placed.id,
      overrideAccess: true,
      data: { location: [6.5, 53.1] } as never,
    })
    await settle()
    // The first address's job finds the address changed and asks nothing; the second asks for number 14.
    const asked = geocode.mock.calls.map(([addr]) => addr.houseNumber)
    expect(asked).toEqual(['14'])
    expect(await stored(moved.id)).toMatchObject({
      location: [6.60958, 53.17322],
      locationStatus: 'verified',
    })
    expect(await stored(placed.id)).toMatchObject({
      location: [6.5, 53.1],
      locationStatus: 'manual',
    })
  })

  test('while PDOK is slow, other saves go on: the lookup holds no transaction', async () => {
    let answer: (outcome: GeocodeOutcome) => void = () => undefined
    let asked: () => void = () => undefined
    const askedPromise = new Promise<void>((resolve) => (asked = resolve))
    fakeGeocoder(() => {
      asked()
      return new Promise<GeocodeOutcome>((resolve) => (answer = resolve))
    })
    const venue = await createVenue()
    const running = settle()
    await askedPromise
    // PDOK has not answered: a save of another document must not wait for it.
    let timer: NodeJS.Timeout | undefined
    const renamed = await Promise.race([
      t.payload.update({
        collection: 'organisations',
        id: orgID,
        data: { name: 'Welzijn Haren e.o.' },
        overrideAccess: true,
      }),
      new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), 5_000))),
    ])
    clearTimeout(timer)
    expect(renamed).toMatchObject({ name: 'Welzijn Haren e.o.' })
    answer(VERIFIED)
    await running
    expect(await stored(venue.id)).toMatchObject({ locationStatus: 'verified' })
  })

  test('without a fake, tests use the offline PC4 fallback (GEOCODER off under jest)', async () => {
    const spy = jest.spyOn(globalThis, 'fetch')
    const venue = await createVenue()
    expect(spy).not.toHaveBeenCalled()
    spy.mockRestore()
    expect(venue).toMatchObject({
      locationStatus: 'approximate',
      locationSource: 'pc4 (geocoder off)',
    })
  })
})
