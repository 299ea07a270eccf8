/**
 * The map's markers: the results grouped by spot (a venue with several activities is one spot),
 * each a keyboard-focusable marker named after its listings, with a popup of links.
 */
import type * as Leaflet from 'leaflet'

import { Id } from './names'

/** One result of the page, as the results page writes it into `#map-data`. */
interface MapPoint {
  title: string
  url: string
  lat: number
  lon: number
  place?: string
}

/** One place on the map with the listings there (`count` may exceed the listings given). */
export interface Spot {
  lat: number
  lon: number
  count: number
  listings: { title: string; url: string }[]
  place?: string
}

// Kept in the island (not imported from src/lib/html.ts): any shared import makes esbuild split
// its runtime helper into an extra chunk that every results page would then load.
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const readPoints = (): MapPoint[] => {
  const data = document.getElementById(Id.mapData)
  try {
    return data ? (JSON.parse(data.textContent ?? '[]') as MapPoint[]) : []
  } catch {
    return []
  }
}

/** The page's own results by spot. */
export const pageSpots = (): Spot[] => {
  const spots = new Map<string, Spot>()
  for (const p of readPoints()) {
    const key = `${p.lat.toFixed(5)},${p.lon.toFixed(5)}`
    const spot = spots.get(key) ?? {
      lat: p.lat,
      lon: p.lon,
      count: 0,
      listings: [],
      place: p.place,
    }
    spot.count++
    spot.listings.push({ title: p.title, url: p.url })
    spots.set(key, spot)
  }
  return [...spots.values()]
}

const popupOf = (spot: Spot, first: { title: string; url: string }): string => {
  const place = spot.place ? escapeHtml(spot.place) : ''
  if (spot.count === 1)
    return `<a href="${escapeHtml(first.url)}">${escapeHtml(first.title)}</a>${place ? `<br>${place}` : ''}`
  const more = spot.count - spot.listings.length
  const items = spot.listings.map(
    (x) => `<li><a href="${escapeHtml(x.url)}">${escapeHtml(x.title)}</a></li>`,
  )
  return `<ul class="map-spot">${items.join('')}${more > 0 ? `<li>+ ${more}</li>` : ''}</ul>${place}`
}

/** One marker per spot on `layer`, then the map fitted to them (or the Netherlands when none). */
export const drawSpots = (
  L: typeof Leaflet,
  map: Leaflet.Map,
  layer: Leaflet.LayerGroup,
  spots: Spot[],
  { spotLabel, panel }: { spotLabel: string; panel: HTMLElement },
) => {
  layer.clearLayers()
  const bounds: [number, number][] = []
  for (const spot of spots) {
    const [first] = spot.listings
    if (!first) continue
    const many = spot.count > 1
    const name = many
      ? `${spotLabel.replace('{{count}}', String(spot.count))}: ${spot.listings.map((x) => x.title).join(', ')}`
      : first.title
    const icon = many
      ? L.divIcon({
          className: 'map-marker map-marker--many',
          iconSize: [30, 30],
          html: `<span aria-hidden="true">${spot.count}</span>`,
        })
      : L.divIcon({ className: 'map-marker', iconSize: [22, 22] })
    const marker = L.marker([spot.lat, spot.lon], { icon, keyboard: true, title: name, alt: name })
    // One spot, several listings: the popup lists them all, each a link reachable by Tab.
    marker.bindPopup(popupOf(spot, first))
    // Keyboard users land on the popup's (first) link, and back on their marker when it closes.
    marker.on('popupopen', (e) =>
      e.popup.getElement()?.querySelector<HTMLAnchorElement>('.leaflet-popup-content a')?.focus(),
    )
    marker.on('popupclose', () => {
      if (panel.contains(document.activeElement)) marker.getElement()?.focus()
    })
    // The element exists once the map has a view; name it then (Leaflet sets only a title).
    marker.on('add', () => marker.getElement()?.setAttribute('aria-label', name))
    marker.addTo(layer)
    bounds.push([spot.lat, spot.lon])
  }
  if (bounds.length) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 15 })
  else map.setView([52.2, 5.3], 7)
}
