import { haversineKmOf } from '../search/geo'
import { lookupPc4 } from '../geo/pc4'
import { postcodeArea } from '../geo/postcode'
import { documentHref } from '../paths'
import { hsdsId } from './ids'
import type { HsdsSite, ServiceRecord } from './map'

/**
 * A venue as an HSDS `location` (physical, with its address and coordinates), and a listing at
 * its venue as a `service_at_location`. A listing has one venue at the most, so the listing's
 * own id names the pair.
 */
export interface VenueRecord {
  id: number
  name: string
  slug?: string | null
  description?: string | null
  address: { street: string; houseNumber: string; postcode: string; city: string }
  location?: [number, number] | null
}

const toHsdsLocation = (s: HsdsSite, v: VenueRecord) => ({
  id: hsdsId(s.site, 'venues', v.id),
  location_type: 'physical',
  name: v.name,
  ...(v.description ? { description: v.description } : {}),
  ...(v.slug ? { url: `${s.serverURL}${documentHref('nl', 'venues', v.slug)}` } : {}),
  ...(v.location ? { longitude: v.location[0], latitude: v.location[1] } : {}),
  addresses: [
    {
      id: hsdsId(s.site, 'addresses', v.id),
      location_id: hsdsId(s.site, 'venues', v.id),
      address_1: `${v.address.street} ${v.address.houseNumber}`.trim(),
      city: v.address.city,
      // Dutch addresses name no province; HSDS requires the field, so it is empty.
      state_province: '',
      postal_code: v.address.postcode,
      country: 'NL',
      address_type: 'physical',
    },
  ],
})

export const toHsdsServiceAtLocation = (
  s: HsdsSite,
  record: ServiceRecord,
  venue: VenueRecord,
) => ({
  id: hsdsId(
    s.site,
    record.collection === 'activities' ? 'activitiesAtVenues' : 'openingsAtVenues',
    record.doc.id,
  ),
  service_id: hsdsId(s.site, record.collection, record.doc.id),
  location_id: hsdsId(s.site, 'venues', venue.id),
  location: toHsdsLocation(s, venue),
})

/**
 * Which venues a `postcode` (and `proximity`, in metres from the centre of its PC4 area) asks
 * for: without proximity the venues in that PC4 area. Null: a postcode we cannot place.
 */
export const venuesNear = (
  venues: VenueRecord[],
  postcode: string,
  proximity: number | undefined,
): VenueRecord[] | null => {
  const pc4 = postcodeArea(postcode)
  if (!pc4) return null
  if (proximity === undefined) return venues.filter((v) => postcodeArea(v.address.postcode) === pc4)
  const centre = lookupPc4(pc4)
  if (!centre) return null
  return venues.filter(
    (v) =>
      v.location &&
      haversineKmOf(centre.lat, centre.lon, v.location[1], v.location[0]) * 1000 <= proximity,
  )
}
