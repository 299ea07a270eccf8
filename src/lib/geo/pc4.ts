import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

import { fold } from './fold'
import { postcodeArea } from './postcode'

/**
 * Offline fallback: centroids of four-digit postcode areas (PC4), from data/nl-pc4.csv
 * (GeoNames, CC BY 4.0 — "Postcode data © GeoNames, CC BY 4.0"; see data/README.md).
 * A PC4 that spans several places has one row per place.
 */
export interface Pc4Entry {
  lat: number
  lon: number
  place: string
}

export const PC4_ATTRIBUTION = 'Postcode data © GeoNames, CC BY 4.0'

const CSV_URL = new URL('./data/nl-pc4.csv', import.meta.url)

/** Parses the `pc4,place,lat,lon` CSV into a map of PC4 → rows (in file order). */
export const parsePc4Csv = (text: string): Map<string, Pc4Entry[]> => {
  const table = new Map<string, Pc4Entry[]>()
  const lines = text.split(/\r?\n/)
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue
    const [pc4, place, lat, lon] = line.split(',')
    const entry = { place: (place ?? '').trim(), lat: Number(lat), lon: Number(lon) }
    if (
      pc4 === undefined ||
      !/^[1-9][0-9]{3}$/.test(pc4) ||
      !Number.isFinite(entry.lat) ||
      !Number.isFinite(entry.lon)
    )
      continue
    const rows = table.get(pc4) ?? []
    rows.push(entry)
    table.set(pc4, rows)
  }
  return table
}

let table: Map<string, Pc4Entry[]> | undefined

/** The table, read from disk on first use only. */
export const pc4Table = (): Map<string, Pc4Entry[]> => {
  table ??= parsePc4Csv(fs.readFileSync(fileURLToPath(CSV_URL), 'utf8'))
  return table
}

/** Picks the row whose place is the given town (case and accents ignored), else the first. */
const pickPlace = (rows: Pc4Entry[], city?: string): Pc4Entry => {
  const wanted = city ? fold(city) : ''
  if (!wanted) return rows[0]!
  return (
    rows.find((r) => fold(r.place) === wanted) ??
    // GeoNames adds a province suffix to some names ("Haren Gn"): accept a prefix match.
    rows.find(
      (r) => fold(r.place).startsWith(`${wanted} `) || wanted.startsWith(`${fold(r.place)} `),
    ) ??
    rows[0]!
  )
}

/** Centroid of the PC4 area of a postcode ("9751 AB", "9751ab" or "9751"), or null. */
export const lookupPc4 = (postcode: string, city?: string): Pc4Entry | null => {
  const area = postcodeArea(postcode)
  if (!area) return null
  const rows = pc4Table().get(area)
  if (!rows?.length) return null
  const row = pickPlace(rows, city)
  return { lat: row.lat, lon: row.lon, place: row.place }
}
