/**
 * The map view: a button (hidden without JavaScript) opens a map of every result of the search
 * (asked of the results page with `map=1`; the page's own results while that answer is on its
 * way or if it fails). Leaflet and its stylesheet are fetched only when the map is first
 * opened. Markers are keyboard-focusable buttons named after the listing; listings at one spot
 * share a marker with their count; the list stays the main view. Starts on the button marked
 * `data-module="results-map"`.
 */
import type * as Leaflet from 'leaflet'

import { drawSpots, pageSpots, type Spot } from './mapSpots'
import { Id, Island, IslandEvent } from './names'

interface MapAnswer {
  spots: Spot[]
  truncated: boolean
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

/** Leaflet (its own bundle, at the URL the page gives) on the container. */
const createMap = async (container: HTMLElement) => {
  await loadCss(container.dataset.css ?? '')
  const L = ((await import(container.dataset.leaflet ?? '')) as { default: typeof Leaflet }).default
  const map = L.map(container, { scrollWheelZoom: false })
  L.tileLayer(container.dataset.tiles ?? '', {
    attribution: container.dataset.attribution ?? '',
    maxZoom: 19,
  }).addTo(map)
  const layer = L.layerGroup().addTo(map)
  // Leaflet's own focus target would be an unnamed region: name it.
  container.setAttribute('aria-label', container.dataset.label ?? '')
  container.setAttribute('role', 'region')
  return { L, map, layer }
}

export const startResultsMap = (toggle: HTMLButtonElement): void => {
  const panel = document.getElementById(Id.mapPanel)
  const container = document.getElementById(Id.map)
  if (!panel || !container) return
  const note = document.getElementById(Id.mapTruncated)
  const { openLabel = '', closeLabel = '' } = toggle.dataset
  const { spotLabel = '{{count}}', truncatedLabel = '' } = container.dataset
  toggle.hidden = false
  let leaflet: Awaited<ReturnType<typeof createMap>> | undefined

  /** The page's results at once, then every result when the server has answered (the newest search wins). */
  let drawing = 0
  const draw = async () => {
    if (!leaflet) return
    const { L, map, layer } = leaflet
    const mine = ++drawing
    drawSpots(L, map, layer, pageSpots(), { spotLabel, panel })
    const all = await allSpots()
    if (!all || mine !== drawing || panel.hidden) return
    drawSpots(L, map, layer, all.spots, { spotLabel, panel })
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
    setup ??= createMap(container).then((made) => void (leaflet = made))
    await setup
    if (panel.hidden || !leaflet) return
    leaflet.map.invalidateSize()
    void draw()
  }
  const close = () => {
    panel.hidden = true
    toggle.setAttribute('aria-expanded', 'false')
    toggle.textContent = openLabel
  }

  toggle.addEventListener('click', () => (panel.hidden ? void open() : close()))
  document.addEventListener(IslandEvent.results, () => {
    if (!panel.hidden) void draw()
  })
}

for (const toggle of document.querySelectorAll<HTMLButtonElement>(
  `button[data-module="${Island.resultsMap}"]`,
))
  startResultsMap(toggle)
