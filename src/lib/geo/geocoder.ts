import { type Cache, createLruCache } from './cache'
import { type CircuitBreaker, CircuitOpenError, createCircuitBreaker } from './circuitBreaker'
import { fold } from './fold'
import type { GeocodeInput, GeocodeOutcome, GeocodeReason, Geocoder } from './geocodeTypes'
import { lookupPc4, type Pc4Entry } from './pc4'
import { DEFAULT_TIMEOUT_MS, type FetchLike, GeocoderError, pdokSearch } from './pdok'
import { normalisePostcode } from './postcode'

/**
 * Address → coordinates (+ gemeente / wijk / buurt codes). PDOK Locatieserver first, behind a
 * cache and a circuit breaker; when PDOK cannot answer, the PC4 centroid, marked 'approximate'
 * with the reason, so the caller can show the editor that the location is not verified.
 */
export type GeocoderMode = 'pdok' | 'off'

export interface GeocoderOptions {
  fetch?: FetchLike
  timeoutMs?: number
  now?: () => number
  breaker?: CircuitBreaker
  cache?: Cache<GeocodeOutcome>
  baseUrl?: string
  /** Default: from process.env.GEOCODER (see geocoderModeFromEnv). */
  mode?: GeocoderMode
  /** Default: the bundled GeoNames PC4 table. */
  pc4?: (postcode: string, city?: string) => Pc4Entry | null
}

/**
 * GEOCODER=off|pdok. Unset: 'pdok', except under tests (APP_ENV=test or inside a jest worker)
 * where it is 'off', so no test ever reaches the live service by accident.
 */
export const geocoderModeFromEnv = (
  env: Record<string, string | undefined> = process.env,
): GeocoderMode => {
  const value = env.GEOCODER?.trim().toLowerCase()
  if (value === 'off' || value === 'pdok') return value
  return env.APP_ENV === 'test' || env.JEST_WORKER_ID ? 'off' : 'pdok'
}

const clean = (value?: string | null): string => (value ?? '').trim()

const pc4Outcome = (hit: Pc4Entry | null, reason: GeocodeReason): GeocodeOutcome =>
  hit
    ? {
        status: 'approximate',
        source: 'pc4',
        lat: hit.lat,
        lon: hit.lon,
        precision: 'postcode4',
        reason,
        place: hit.place,
      }
    : { status: 'failed', reason: 'unknown_postcode', geocoderReason: reason }

/** The answer without the network: the centroid of the postcode's PC4 area, with the reason PDOK was not used. */
export const pc4Answer = (addr: GeocodeInput, reason: GeocodeReason): GeocodeOutcome => {
  const postcode = normalisePostcode(addr.postcode ?? '')
  if (!postcode) return { status: 'failed', reason: 'invalid_postcode' }
  return pc4Outcome(lookupPc4(postcode, clean(addr.city) || undefined), reason)
}

/** The cache key: the address with a normalised postcode, folded text and no stray spaces. */
const addressKey = (addr: GeocodeInput): string =>
  [
    fold(clean(addr.street)),
    fold(clean(addr.houseNumber)),
    normalisePostcode(addr.postcode ?? '') ?? fold(clean(addr.postcode)),
    fold(clean(addr.city)),
  ].join('|')

const leadingNumber = (value?: string | null): string | undefined =>
  /^\s*(\d+)/.exec(value ?? '')?.[1]

/** Errors that say the service is in trouble (they count for the breaker); not_found does not. */
const isServiceFailure = (err: unknown): boolean =>
  !(err instanceof GeocoderError && err.kind === 'not_found')

/** PDOK's answer for an address, refused (not_found) when it is for another postcode or house number. */
const askPdok = async (
  addr: GeocodeInput,
  postcode: string,
  options: GeocoderOptions,
): Promise<GeocodeOutcome> => {
  const result = await pdokSearch(
    {
      street: clean(addr.street),
      houseNumber: clean(addr.houseNumber),
      postcode,
      city: clean(addr.city),
    },
    {
      fetch: options.fetch,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      baseUrl: options.baseUrl,
    },
  )
  // The free search always returns its best match: refuse one for another postcode or number.
  if (result.postcode && normalisePostcode(result.postcode) !== postcode) {
    throw new GeocoderError('not_found', `PDOK matched another postcode (${result.postcode})`)
  }
  const wanted = leadingNumber(addr.houseNumber)
  if (
    result.type === 'adres' &&
    wanted &&
    result.houseNumber &&
    leadingNumber(result.houseNumber) !== wanted
  ) {
    throw new GeocoderError(
      'not_found',
      `PDOK matched another house number (${result.houseNumber})`,
    )
  }
  return {
    status: 'verified',
    source: 'pdok',
    lat: result.lat,
    lon: result.lon,
    gemeenteCode: result.gemeenteCode,
    wijkCode: result.wijkCode,
    buurtCode: result.buurtCode,
    precision: result.type === 'adres' ? 'address' : 'postcode6',
    displayName: result.displayName,
  }
}

/** Why PDOK gave no answer, from the error it failed with. */
const failureReason = (err: unknown): GeocodeReason =>
  err instanceof CircuitOpenError
    ? 'circuit_open'
    : err instanceof GeocoderError
      ? err.kind
      : 'unreachable'

/** A geocoder: PDOK behind the cache and the breaker; the PC4 centroid when PDOK cannot answer or is off. */
export const createGeocoder = (options: GeocoderOptions = {}): Geocoder => {
  const now = options.now ?? Date.now
  const mode = options.mode ?? geocoderModeFromEnv()
  const breaker = options.breaker ?? createCircuitBreaker({ now })
  const cache = options.cache ?? createLruCache<GeocodeOutcome>({ now })
  const pc4 = options.pc4 ?? lookupPc4

  const fallback = (postcode: string, city: string, reason: GeocodeReason): GeocodeOutcome =>
    pc4Outcome(pc4(postcode, city || undefined), reason)

  return {
    offline: mode === 'off',
    geocodeAddress: async (addr) => {
      const postcode = normalisePostcode(addr.postcode ?? '')
      if (!postcode) return { status: 'failed', reason: 'invalid_postcode' }
      const city = clean(addr.city)
      if (mode === 'off') return fallback(postcode, city, 'disabled')
      const key = addressKey(addr)
      const cached = cache.get(key)
      if (cached) return cached
      try {
        const outcome = await breaker.run(() => askPdok(addr, postcode, options), isServiceFailure)
        cache.set(key, outcome)
        return outcome
      } catch (err) {
        return fallback(postcode, city, failureReason(err))
      }
    },
  }
}

let current: Geocoder | undefined

/** The process-wide geocoder (created on first use, from the environment). */
export const getGeocoder = (): Geocoder => {
  current ??= createGeocoder({ baseUrl: process.env.GEOCODER_URL || undefined })
  return current
}

/** Replaces the process-wide geocoder (tests, scripts); `undefined` goes back to the default. */
export const setGeocoder = (geocoder: Geocoder | undefined): void => {
  current = geocoder
}

/** Always delegates to the current process-wide geocoder, so setGeocoder() also reaches it. */
export const defaultGeocoder: Geocoder = {
  geocodeAddress: (addr) => getGeocoder().geocodeAddress(addr),
  get offline() {
    return getGeocoder().offline
  },
}
