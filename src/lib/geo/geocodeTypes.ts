/**
 * What a geocoder is asked and answers (see geocoder.ts for the one backed by PDOK): an address
 * in, and coordinates verified by PDOK, a PC4 centroid marked 'approximate', or a failure out.
 */

/** Why PDOK was not used ('pending': not asked yet — the answer given while a save waits for it). */
export type GeocodeReason =
  'unreachable' | 'timeout' | 'circuit_open' | 'not_found' | 'bad_response' | 'disabled' | 'pending'

export interface GeocodeInput {
  street?: string | null
  houseNumber?: string | null
  postcode: string
  city?: string | null
}

export type GeocodeOutcome =
  | {
      status: 'verified'
      source: 'pdok'
      lat: number
      lon: number
      gemeenteCode?: string
      wijkCode?: string
      buurtCode?: string
      /** 'postcode6' when only a postcode was given (PDOK's centroid of the full postcode). */
      precision: 'address' | 'postcode6'
      displayName?: string
    }
  | {
      status: 'approximate'
      source: 'pc4'
      lat: number
      lon: number
      precision: 'postcode4'
      reason: GeocodeReason
      place: string
    }
  | {
      status: 'failed'
      reason: 'invalid_postcode' | 'unknown_postcode'
      geocoderReason?: GeocodeReason
    }

export interface Geocoder {
  geocodeAddress: (addr: GeocodeInput) => Promise<GeocodeOutcome>
  /**
   * True when `geocodeAddress` answers without the network (GEOCODER=off), so a save may call it
   * itself; otherwise the save takes `pc4Answer` and a job asks the geocoder afterwards.
   */
  offline?: boolean
}
