'use client'

import type * as Leaflet from 'leaflet'
import { type RefObject, useEffect, useRef } from 'react'

/** The middle of the Netherlands, for a venue without a pin yet. */
const NL_CENTRE: [number, number] = [52.2, 5.3]

type VenueLeaflet = { L: typeof Leaflet; map: Leaflet.Map; pin?: Leaflet.CircleMarker }

/** The pin at `point` (or none), the map following it. */
const placePin = (current: VenueLeaflet, point: [number, number] | null) => {
  current.pin?.remove()
  current.pin = point
    ? current.L.circleMarker([point[1], point[0]], { radius: 9, weight: 3 }).addTo(current.map)
    : undefined
  if (point) current.map.panTo([point[1], point[0]])
}

/**
 * A Leaflet map in `box`, made once, with a pin that follows `point` (longitude, latitude).
 * Unless read-only, a click on the map sets the point to where was clicked.
 */
export const useVenueMap = ({
  box,
  point,
  readOnly,
  setValue,
  tileURL,
  attribution,
}: {
  box: RefObject<HTMLDivElement | null>
  point: [number, number] | null
  readOnly: boolean | undefined
  setValue: (value: [number, number]) => void
  tileURL: string
  attribution: string
}) => {
  const map = useRef<VenueLeaflet | null>(null)
  // The point when Leaflet has loaded may differ from the one at mount: the pin takes the latest.
  const latest = useRef(point)
  latest.current = point
  const lon = point?.[0]
  const lat = point?.[1]

  useEffect(() => {
    let cancelled = false
    void import('leaflet').then((L) => {
      if (cancelled || !box.current || map.current) return
      const m = L.map(box.current, {
        center: point ? [point[1], point[0]] : NL_CENTRE,
        zoom: point ? 16 : 7,
      })
      L.tileLayer(tileURL, { attribution, maxZoom: 19 }).addTo(m)
      if (!readOnly)
        m.on('click', (e: Leaflet.LeafletMouseEvent) =>
          setValue([Number(e.latlng.lng.toFixed(6)), Number(e.latlng.lat.toFixed(6))]),
        )
      map.current = { L, map: m }
      // A venue that has a location shows its pin from the start, not only after a change.
      placePin(map.current, latest.current)
    })
    return () => {
      cancelled = true
      map.current?.map.remove()
      map.current = null
    }
    // The map is made once; the pin follows the value below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // A point has both coordinates or none.
  useEffect(() => {
    if (map.current)
      placePin(map.current, lon !== undefined && lat !== undefined ? [lon, lat] : null)
  }, [lon, lat])
}
