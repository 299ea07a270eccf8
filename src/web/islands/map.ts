/**
 * The map view: a button (hidden without JavaScript) opens a map of the results on this page.
 * Leaflet and its stylesheet are fetched only when the map is first opened. Markers are
 * keyboard-focusable buttons named after the listing; the list stays the main view.
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


  /** Listings at one spot (a venue with several activities) share one marker with their count. */
  const bySpot = (points: MapPoint[]): MapPoint[][] => {
    const spots = new Map<string, MapPoint[]>()
    for (const p of points) {
      const key = `${p.lat.toFixed(5)},${p.lon.toFixed(5)}`
      spots.set(key, [...(spots.get(key) ?? []), p])
    }
    return [...spots.values()]
  }
  const { spotLabel = '{{count}}' } = container.dataset

  const draw = () => {
    if (!map || !L || !layer) return
    layer.clearLayers()
    const bounds: [number, number][] = []
    for (const spot of bySpot(readPoints())) {
      const [p] = spot as [MapPoint, ...MapPoint[]]
      const many = spot.length > 1
      const name = many ? `${spotLabel.replace('{{count}}', String(spot.length))}: ${spot.map((x) => x.title).join(', ')}` : p.title
      const icon = many
        ? L.divIcon({ className: 'map-marker map-marker--many', iconSize: [30, 30], html: `<span aria-hidden="true">${spot.length}</span>` })
        : L.divIcon({ className: 'map-marker', iconSize: [22, 22] })
      const marker = L.marker([p.lat, p.lon], { icon, keyboard: true, title: name, alt: name })
      // One spot, several listings: the popup lists them all, each a link reachable by Tab.
      marker.bindPopup(
        many
          ? `<ul class="map-spot">${spot.map((x) => `<li><a href="${escapeHtml(x.url)}">${escapeHtml(x.title)}</a></li>`).join('')}</ul>${p.place ? escapeHtml(p.place) : ''}`
          : `<a href="${escapeHtml(p.url)}">${escapeHtml(p.title)}</a>${p.place ? `<br>${escapeHtml(p.place)}` : ''}`,
      )
      // Keyboard users land on the popup's (first) link, and back on their marker when it closes.
      marker.on('popupopen', (e) => e.popup.getElement()?.querySelector<HTMLAnchorElement>('.leaflet-popup-content a')?.focus())
      marker.on('popupclose', () => {
        if (panel.contains(document.activeElement)) marker.getElement()?.focus()
      })
      // The element exists once the map has a view; name it then (Leaflet sets only a title).
      marker.on('add', () => marker.getElement()?.setAttribute('aria-label', name))
      marker.addTo(layer)
      bounds.push([p.lat, p.lon])
    }
    if (bounds.length) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 15 })
    else map.setView([52.2, 5.3], 7)
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
    draw()
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
    if (!panel.hidden) draw()
  })
}
