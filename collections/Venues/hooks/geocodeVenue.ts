import type { CollectionBeforeChangeHook } from 'payload'

import { defaultGeocoder, type GeocodeOutcome, type GeocodeReason, type Geocoder } from '../../../src/lib/geo/geocoder'
import type { LocationStatus } from '../locationFields'

type Point = [number, number]
type Doc = Record<string, unknown> & { address?: Record<string, unknown> | null }

const ADDRESS_KEYS = ['street', 'houseNumber', 'postcode', 'city'] as const
const EMPTY_CODES = { gemeenteCode: null, wijkCode: null, buurtCode: null }

const REASON_TEXT: Record<GeocodeReason, string> = {
  unreachable: 'pdok unreachable',
  timeout: 'pdok timeout',
  circuit_open: 'pdok circuit open',
  not_found: 'pdok: address not found',
  bad_response: 'pdok bad response',
  disabled: 'geocoder off',
}

const asPoint = (value: unknown): Point | null =>
  Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n))
    ? [value[0], value[1]]
    : null

const samePoint = (a: Point | null, b: Point | null): boolean =>
  Boolean(a && b && Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9)

const text = (value: unknown): string => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').toLowerCase() : '')

/** What the geocoder's answer writes onto the venue. */
const fromOutcome = (outcome: GeocodeOutcome | null, error?: unknown): Doc => {
  if (!outcome) {
    return { locationStatus: 'not_verified', locationSource: `none (geocoder error: ${(error as Error)?.message ?? error})`.slice(0, 200), codes: EMPTY_CODES }
  }
  if (outcome.status === 'verified') {
    return {
      location: [outcome.lon, outcome.lat],
      locationStatus: (outcome.precision === 'address' ? 'verified' : 'approximate') satisfies LocationStatus,
      locationSource: outcome.precision === 'address' ? 'pdok' : 'pdok (postcode only)',
      codes: { gemeenteCode: outcome.gemeenteCode ?? null, wijkCode: outcome.wijkCode ?? null, buurtCode: outcome.buurtCode ?? null },
    }
  }
  if (outcome.status === 'approximate') {
    return {
      location: [outcome.lon, outcome.lat],
      locationStatus: 'approximate' satisfies LocationStatus,
      locationSource: `pc4 (${REASON_TEXT[outcome.reason]})`,
      codes: EMPTY_CODES,
    }
  }
  const why = outcome.geocoderReason ? `${outcome.reason}; ${REASON_TEXT[outcome.geocoderReason]}` : outcome.reason
  return { locationStatus: 'not_verified' satisfies LocationStatus, locationSource: `none (${why})`, codes: EMPTY_CODES }
}

/**
 * Geocodes a venue's address on create and whenever the address changes, unless the location
 * was set by hand in the same save ('manual'). PDOK → 'verified'; PC4 fallback → 'approximate'
 * (a visible "not verified" state, never a silent pin); nothing found → 'not_verified' and the
 * location is left alone. The geocoder never blocks a save. `context.geocode === false` skips it.
 */
export const geocodeVenue =
  (geocoder: Geocoder = defaultGeocoder): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req, context }) => {
    if (!data || context?.geocode === false) return data
    const doc = data as Doc
    const before: Doc = (operation === 'update' ? (originalDoc as Doc | undefined) : undefined) ?? {}
    const incomingAddress = doc.address ?? undefined
    const address = { ...(before.address ?? {}), ...(incomingAddress ?? {}) }
    const addressChanged =
      operation === 'create' ||
      Boolean(incomingAddress && ADDRESS_KEYS.some((k) => k in incomingAddress && text(incomingAddress[k]) !== text(before.address?.[k])))

    const sentLocation = 'location' in doc
    const incoming = sentLocation ? asPoint(doc.location) : null
    const previous = asPoint(before.location)
    const setByHand = incoming !== null && !samePoint(incoming, previous)
    const cleared = sentLocation && incoming === null && previous !== null

    if (setByHand) {
      Object.assign(doc, { locationStatus: 'manual' satisfies LocationStatus, locationSource: 'manual' })
      if (addressChanged && operation === 'update') doc.codes = EMPTY_CODES
      return doc
    }

    if (!addressChanged && !cleared) {
      // Only the hook writes source and codes; by hand, the status may only become 'manual' (checked).
      if ('locationSource' in doc) doc.locationSource = before.locationSource ?? null
      if ('codes' in doc) doc.codes = before.codes ?? EMPTY_CODES
      if ('locationStatus' in doc && doc.locationStatus !== before.locationStatus) {
        if (doc.locationStatus === 'manual') doc.locationSource = 'manual (checked)'
        else doc.locationStatus = before.locationStatus ?? null
      }
      return doc
    }

    let outcome: GeocodeOutcome | null = null
    let error: unknown
    try {
      outcome = await geocoder.geocodeAddress({
        street: typeof address.street === 'string' ? address.street : undefined,
        houseNumber: typeof address.houseNumber === 'string' ? address.houseNumber : undefined,
        postcode: typeof address.postcode === 'string' ? address.postcode : '',
        city: typeof address.city === 'string' ? address.city : undefined,
      })
    } catch (err) {
      error = err
    }
    const reason = !outcome ? 'error' : outcome.status === 'approximate' ? outcome.reason : outcome.status === 'failed' ? outcome.reason : null
    if (reason && reason !== 'disabled') {
      req.payload.logger.warn({ msg: 'Venue location not verified', venue: doc.name ?? before.name, reason, err: error })
    }
    return Object.assign(doc, fromOutcome(outcome, error))
  }
