/**
 * The map view: a button (hidden without JavaScript) opens a map of every result of the search
 * (asked of the results page with `map=1`; the page's own results while that answer is on its
 * way or if it fails). Leaflet and its stylesheet are fetched only when the map is first
 * opened. Markers are keyboard-focusable buttons named after the listing; listings at one spot
 * share a marker with their count; the list stays the main view.
 */
import type * as Leaflet from 'leaflet'

interface MapPoint {
  title: string
  url: string
  lat: number
  lon: number
  place?: string
}

// Kept in the island (not imported from src/lib/html.ts): any shared import makes esbuild split
// its runtime helper into an extra chunk that every results page would then load.
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const toggle = document.querySelector<HTMLButtonElement>('button[data-map-toggle]')
const panel = document.getElementById('map-panel')
const container = document.getElementById('map')

/** One place on the map with the listings there (`count` may exceed the listings given). */
interface Spot {
  lat: number
  lon: number
  count: number
  listings: { title: string; url: string }[]
  place?: string
}
interface MapAnswer {
  spots: Spot[]
  truncated: boolean
}

const readPoints = (): MapPoint[] => {
  const data = document.getElementById('map-data')
  try {
    return data ? (JSON.parse(data.textContent ?? '[]') as MapPoint[]) : []
  } catch {
    return []
  }
}

const loadCss = (href: string) =>
  new Promise<void>((resolve) => {
    if (document.querySelector(`link[href="${href}"]`)) return resolve()
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = href
    link.onload = () => resolve()
    link.onerror = () => resolve()
    document.head.append(link)
  })

if (toggle && panel && container) {
  let map: Leaflet.Map | undefined
  let layer: Leaflet.LayerGroup | undefined
  let L: typeof Leaflet | undefined
  const { openLabel = '', closeLabel = '' } = toggle.dataset
  toggle.hidden = false

  /** The page's own results by spot (a venue with several activities is one spot). */
  const pageSpots = (): Spot[] => {
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
  const { spotLabel = '{{count}}', truncatedLabel = '' } = container.dataset
  const note = document.getElementById('map-truncated')

  /** Every result of the current search (the address bar follows live search), or null. */
  const allSpots = async (): Promise<MapAnswer | null> => {
    const params = new URLSearchParams(location.search)
    params.delete('fragment')
    params.delete('page')
    params.set('map', '1')
    try {
      const res = await fetch(`${location.pathname}?${params}`, {
        headers: { accept: 'application/json' },
      })
      return res.ok ? ((await res.json()) as MapAnswer) : null
    } catch {
      return null
    }
  }

  const drawSpots = (spots: Spot[]) => {
    if (!map || !L || !layer) return
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
      const marker = L.marker([spot.lat, spot.lon], {
        icon,
        keyboard: true,
        title: name,
        alt: name,
      })
      const more = spot.count - spot.listings.length
      // One spot, several listings: the popup lists them all, each a link reachable by Tab.
      marker.bindPopup(
        many
          ? `<ul class="map-spot">${spot.listings.map((x) => `<li><a href="${escapeHtml(x.url)}">${escapeHtml(x.title)}</a></li>`).join('')}${more > 0 ? `<li>+ ${more}</li>` : ''}</ul>${spot.place ? escapeHtml(spot.place) : ''}`
          : `<a href="${escapeHtml(first.url)}">${escapeHtml(first.title)}</a>${spot.place ? `<br>${escapeHtml(spot.place)}` : ''}`,
      )
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

  /** The page's results at once, then every result when the server has answered (the newest search wins). */
  let drawing = 0
  const draw = async () => {
    const mine = ++drawing
    drawSpots(pageSpots())
    const all = await allSpots()
    if (!all || mine !== drawing || panel.hidden) return
    drawSpots(all.spots)
    if (note) {
      note.hidden = !all.truncated
      note.textContent = all.truncated
        ? truncatedLabel.replace('{{count}}', String(all.spots.length))
        : ''
    }
  }

  let setup: Promise<void> | undefined
  const open = async () => {
    panel.hidden = false
    toggle.setAttribute('aria-expanded', 'true')
    toggle.textContent = closeLabel
    // One set-up, however often the button is pressed while Leaflet is still loading.
    setup ??= init()
    await setup
    if (panel.hidden || !map) return
    map.invalidateSize()
    void draw()
  }

  const init = async () => {
    await loadCss(container.dataset.css ?? '')
    // Leaflet is CommonJS: the bundle hands it over as the default export.
    const mod = (await import('leaflet')) as typeof Leaflet & {
      default?: typeof Leaflet
    }
    L = mod.default ?? mod
    map = L.map(container, { scrollWheelZoom: false })
    L.tileLayer(container.dataset.tiles ?? '', {
      attribution: container.dataset.attribution ?? '',
      maxZoom: 19,
    }).addTo(map)
    layer = L.layerGroup().addTo(map)
    // Leaflet's own focus target would be an unnamed region: name it.
    container.setAttribute('aria-label', container.dataset.label ?? '')
    container.setAttribute('role', 'region')
  }

  const close = () => {
    panel.hidden = true
    toggle.setAttribute('aria-expanded', 'false')
    toggle.textContent = openLabel
  }

  toggle.addEventListener('click', () => (panel.hidden ? void open() : close()))
  document.addEventListener('meedoen:results', () => {
    if (!panel.hidden) void draw()
  })
}
