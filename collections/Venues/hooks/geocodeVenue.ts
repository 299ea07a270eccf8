import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import type { Geocoder } from '../../../src/lib/geo/geocodeTypes'
import { defaultGeocoder, pc4Answer } from '../../../src/lib/geo/geocoder'
import { DIRECTORY_QUEUE, TASKS } from '../../../plugins/directory/constants'
import type { LocationStatus } from '../locationFields'
import {
  ADDRESS_KEYS,
  addressKey,
  addressText,
  asPoint,
  EMPTY_CODES,
  fromOutcome,
  geocodeInput,
  isPending,
  locationFromGeocoder,
  samePoint,
  type VenueDoc,
} from './venueLocation'

/** Set by the save when PDOK is still to be asked: the address (as `addressKey`) the job looks up. */
const GEOCODE_PENDING = 'meedoenGeocodePending'
/** Set by the geocoding job on its save: the address it looked up. */
export const GEOCODED_FOR = 'meedoenGeocodedFor'

const LOCATION_KEYS = ['location', 'locationStatus', 'locationSource', 'codes'] as const

/**
 * The job's answer, checked against the venue as it is now: it is written only if the venue
 * still has the address the job looked up and still waits for it (no pin set by hand since).
 */
const jobAnswer = (doc: VenueDoc, before: VenueDoc, lookedUp: unknown): VenueDoc => {
  if (addressKey(before.address) === lookedUp && isPending(before)) return doc
  for (const key of LOCATION_KEYS) delete doc[key]
  return doc
}

/** Status, source and codes are the hook's to write; by hand, the status may only become 'manual' (checked). */
const keepStoredLocation = (doc: VenueDoc, before: VenueDoc): VenueDoc => {
  if ('locationSource' in doc) doc.locationSource = before.locationSource ?? null
  if ('codes' in doc) doc.codes = before.codes ?? EMPTY_CODES
  if ('locationStatus' in doc && doc.locationStatus !== before.locationStatus) {
    if (doc.locationStatus === 'manual') doc.locationSource = 'manual (checked)'
    else doc.locationStatus = before.locationStatus ?? null
  }
  return doc
}

/**
 * Sets a venue's location from its address on create and whenever the address changes, unless
 * the location was set by hand in the same save ('manual'). The save itself never waits for the
 * network: it takes the centroid of the postcode area ('approximate', source "pc4 (pdok
 * pending)") and queues a job that asks PDOK afterwards, outside the save's transaction, and
 * sets the verified pin (see docs/architecture.md, "Geocoding"). With the geocoder off
 * (GEOCODER=off) the offline answer is the whole answer. Nothing found → 'not_verified' and the
 * location is left alone. `context.geocode === false` skips it.
 */
export const geocodeVenue =
  (geocoder: Geocoder = defaultGeocoder): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req, context }) => {
    if (!data || context?.geocode === false) return data
    const doc = data as VenueDoc
    const before: VenueDoc =
      (operation === 'update' ? (originalDoc as VenueDoc | undefined) : undefined) ?? {}
    if (GEOCODED_FOR in context) return jobAnswer(doc, before, context[GEOCODED_FOR])

    const incomingAddress = doc.address ?? undefined
    const address = { ...(before.address ?? {}), ...(incomingAddress ?? {}) }
    const addressChanged =
      operation === 'create' ||
      Boolean(
        incomingAddress &&
        ADDRESS_KEYS.some(
          (k) =>
            k in incomingAddress &&
            addressText(incomingAddress[k]) !== addressText(before.address?.[k]),
        ),
      )

    const sentLocation = 'location' in doc
    const incoming = sentLocation ? asPoint(doc.location) : null
    const previous = asPoint(before.location)
    const setByHand = incoming !== null && !samePoint(incoming, previous)
    const cleared = sentLocation && incoming === null && previous !== null

    if (setByHand) {
      Object.assign(doc, {
        locationStatus: 'manual' satisfies LocationStatus,
        locationSource: 'manual',
      })
      if (addressChanged && operation === 'update') doc.codes = EMPTY_CODES
      return doc
    }
    if (!addressChanged && !cleared) return keepStoredLocation(doc, before)

    if (!geocoder.offline) {
      const guess = fromOutcome(pc4Answer(geocodeInput(address), 'pending'))
      // An invalid postcode is not worth asking PDOK about.
      if (isPending(guess)) context[GEOCODE_PENDING] = addressKey(address)
      return Object.assign(doc, guess)
    }
    const venue = doc.name ?? before.name
    return Object.assign(
      doc,
      await locationFromGeocoder(geocoder, address, req.payload.logger, venue),
    )
  }

/** After a save that took the first guess: the job that asks PDOK (queued in the save's transaction, so only a stored save queues it). */
export const queueVenueGeocoding: CollectionAfterChangeHook<{ id: number | string }> = async ({
  doc,
  req,
  context,
}) => {
  const address = context[GEOCODE_PENDING]
  if (typeof address !== 'string') return doc
  delete context[GEOCODE_PENDING]
  await req.payload.jobs.queue({
    task: TASKS.geocodeVenue,
    queue: DIRECTORY_QUEUE,
    input: { venue: String(doc.id), address },
    req,
  })
  return doc
}
