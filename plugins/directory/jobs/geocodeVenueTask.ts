import type { PayloadRequest, TaskConfig } from 'payload'

import type { Geocoder } from '../../../src/lib/geo/geocodeTypes'
import { defaultGeocoder } from '../../../src/lib/geo/geocoder'
import { anonymousRequest } from '../../../collections/requests'
import { GEOCODED_FOR } from '../../../collections/Venues/hooks/geocodeVenue'
import {
  addressKey,
  isPending,
  locationFromGeocoder,
} from '../../../collections/Venues/hooks/venueLocation'
import { TASKS } from '../constants'

type Result = 'verified' | 'approximate' | 'not_verified' | 'outdated' | 'gone'

/**
 * Asks PDOK for the address a save left pending, outside any transaction (a PDOK call takes up
 * to 3 s, and the saves of one process wait for each other's transactions), then writes the pin
 * onto the venue as it is now: the published venue, or its newest draft when a change awaits
 * review. A venue whose address changed since, or whose pin was set by hand, is left alone
 * (the save hook checks this again inside the write).
 */
const geocodeLater = async (
  req: PayloadRequest,
  geocoder: Geocoder,
  venueID: string,
  lookedUp: string,
): Promise<Result> => {
  // The system's own write: no person is its author, so the moderation records none.
  const system = anonymousRequest(req)
  const venue = await req.payload.findByID({
    collection: 'venues',
    id: venueID,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req: system,
  })
  if (!venue) return 'gone'
  if (addressKey(venue.address) !== lookedUp || !isPending(venue)) return 'outdated'

  const location = await locationFromGeocoder(
    geocoder,
    venue.address,
    req.payload.logger,
    venue.name,
  )

  const saved = await req.payload.update({
    collection: 'venues',
    id: venueID,
    data: location,
    draft: venue._status === 'draft',
    depth: 0,
    overrideAccess: true,
    req: system,
    context: { [GEOCODED_FOR]: lookedUp },
  })
  return isPending(saved) ? 'outdated' : ((saved.locationStatus ?? 'not_verified') as Result)
}

export const geocodeVenueTask = (geocoder: Geocoder = defaultGeocoder): TaskConfig => ({
  slug: TASKS.geocodeVenue,
  label: "Look up a venue's address at PDOK and set its pin",
  inputSchema: [
    { name: 'venue', type: 'text', required: true },
    { name: 'address', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  // The geocoder answers PDOK's failures with the PC4 centroid itself; a retry is for the database.
  retries: 2,
  handler: async ({ input, req }) => {
    const { venue, address } = input as { venue: string; address: string }
    return { output: { result: await geocodeLater(req, geocoder, venue, address) } }
  },
})
