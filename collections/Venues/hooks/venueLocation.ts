import type {
  GeocodeInput,
  GeocodeOutcome,
  GeocodeReason,
  Geocoder,
} from '../../../src/lib/geo/geocodeTypes'
import type { LocationStatus } from '../locationFields'

/**
 * What a geocoder's answer writes onto a venue, shared by the save (geocodeVenue) and the job
 * that asks PDOK afterwards (the plugin's geocodeVenueTask).
 */
export type Point = [number, number]
export const ADDRESS_KEYS = ['street', 'houseNumber', 'postcode', 'city'] as const
type Address = Partial<Record<(typeof ADDRESS_KEYS)[number], unknown>> | null | undefined
export type VenueDoc = Record<string, unknown> & { address?: Address }

type Codes = { gemeenteCode: string | null; wijkCode: string | null; buurtCode: string | null }
export const EMPTY_CODES: Codes = { gemeenteCode: null, wijkCode: null, buurtCode: null }

/** The fields the geocoding writes; no `location` leaves the pin as it was. */
interface LocationWrite {
  location?: Point
  locationStatus: LocationStatus
  locationSource: string
  codes: Codes
}

const REASON_TEXT: Record<GeocodeReason, string> = {
  unreachable: 'pdok unreachable',
  timeout: 'pdok timeout',
  circuit_open: 'pdok circuit open',
  not_found: 'pdok: address not found',
  bad_response: 'pdok bad response',
  disabled: 'geocoder off',
  pending: 'pdok pending',
}

/** A venue whose pin is the save's first guess, waiting for the job's PDOK answer. */
export const isPending = (doc: object): boolean =>
  'locationSource' in doc &&
  typeof doc.locationSource === 'string' &&
  doc.locationSource.endsWith(`${REASON_TEXT.pending})`)

export const asPoint = (value: unknown): Point | null =>
  Array.isArray(value) &&
  value.length === 2 &&
  value.every((n) => typeof n === 'number' && Number.isFinite(n))
    ? [value[0] as number, value[1] as number]
    : null

export const samePoint = (a: Point | null, b: Point | null): boolean =>
  Boolean(a && b && Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9)

/** An address part as compared: trimmed, single spaces, lower case. */
export const addressText = (value: unknown): string =>
  typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').toLowerCase() : ''

/** One string per address as compared, so the job can tell whether the address it looked up is still the venue's. */
export const addressKey = (address: Address): string =>
  ADDRESS_KEYS.map((k) => addressText(address?.[k])).join('|')

const part = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

export const geocodeInput = (address: Address): GeocodeInput => ({
  street: part(address?.street),
  houseNumber: part(address?.houseNumber),
  postcode: part(address?.postcode) ?? '',
  city: part(address?.city),
})

/** Why the answer is not PDOK's, for the log; null when it is. */
const notVerifiedReason = (outcome: GeocodeOutcome | null): string | null =>
  !outcome ? 'error' : outcome.status === 'verified' ? null : outcome.reason

/** What the geocoder's answer writes onto the venue. */
export const fromOutcome = (outcome: GeocodeOutcome | null, error?: unknown): LocationWrite => {
  if (!outcome) {
    const message = error instanceof Error ? error.message : String(error)
    return {
      locationStatus: 'not_verified',
      locationSource: `none (geocoder error: ${message})`.slice(0, 200),
      codes: EMPTY_CODES,
    }
  }
  if (outcome.status === 'verified') {
    return {
      location: [outcome.lon, outcome.lat],
      locationStatus: outcome.precision === 'address' ? 'verified' : 'approximate',
      locationSource: outcome.precision === 'address' ? 'pdok' : 'pdok (postcode only)',
      codes: {
        gemeenteCode: outcome.gemeenteCode ?? null,
        wijkCode: outcome.wijkCode ?? null,
        buurtCode: outcome.buurtCode ?? null,
      },
    }
  }
  if (outcome.status === 'approximate') {
    return {
      location: [outcome.lon, outcome.lat],
      locationStatus: 'approximate',
      locationSource: `pc4 (${REASON_TEXT[outcome.reason]})`,
      codes: EMPTY_CODES,
    }
  }
  const why = outcome.geocoderReason
    ? `${outcome.reason}; ${REASON_TEXT[outcome.geocoderReason]}`
    : outcome.reason
  return { locationStatus: 'not_verified', locationSource: `none (${why})`, codes: EMPTY_CODES }
}

/**
 * Asks the geocoder for an address and gives its answer as the venue's location fields. A
 * geocoder that throws never stops the save; an answer that is not PDOK's is logged (unless
 * the geocoder is off).
 */
export const locationFromGeocoder = async (
  geocoder: Geocoder,
  address: Address,
  log: { warn: (entry: Record<string, unknown>) => void },
  venue: unknown,
): Promise<LocationWrite> => {
  let outcome: GeocodeOutcome | null = null
  let error: unknown
  try {
    outcome = await geocoder.geocodeAddress(geocodeInput(address))
  } catch (err) {
    error = err
  }
  const reason = notVerifiedReason(outcome)
  if (reason && reason !== 'disabled')
    log.warn({ msg: 'Venue location not verified', venue, reason, err: error })
  return fromOutcome(outcome, error)
}
