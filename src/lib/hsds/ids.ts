import { createHash } from 'node:crypto'

/**
 * HSDS ids are UUIDs, stable per record. Ours are version-8 UUIDs (RFC 9562's layout for
 * custom ids) that can be read back without a lookup table:
 *
 *   iiiiiiii-iiii-8kkk-8000-nnnnnnnnnnnn
 *
 * `i`: 48 bits of the SHA-1 of the site's address, so two Meedoen sites never hand out the same
 * id; `k`: the kind of record; `n`: the record's own id. The same record keeps its id for as
 * long as the site keeps its address.
 */
const HSDS_KINDS = {
  activities: 0x001,
  openings: 0x002,
  organisations: 0x003,
  venues: 0x004,
  activityPhones: 0x005,
  openingPhones: 0x006,
  organisationPhones: 0x007,
  kvkNumbers: 0x008,
  taxonomies: 0x009,
  themes: 0x00a,
  activitiesAtVenues: 0x00b,
  openingsAtVenues: 0x00c,
  addresses: 0x00d,
  schedules: 0x00e,
  attributes: 0x00f,
} as const
export type HsdsKind = keyof typeof HSDS_KINDS

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0')

/** The part of every id that names this site. */
export const siteOf = (serverURL: string): string =>
  createHash('sha1').update(serverURL.replace(/\/+$/, '')).digest('hex').slice(0, 12)

export const hsdsId = (site: string, kind: HsdsKind, id: number): string =>
  `${site.slice(0, 8)}-${site.slice(8, 12)}-8${hex(HSDS_KINDS[kind], 3)}-8000-${hex(id, 12)}`

/**
 * The id of a service's theme (an `attribute`): the listing, its kind and the theme in one
 * number (listing ids below 2³¹, theme ids below 2¹⁶ fit the 48 bits).
 */
export const attributeId = (
  site: string,
  collection: 'activities' | 'openings',
  listing: number,
  theme: number,
): string =>
  hsdsId(site, 'attributes', (listing * 0x10000 + theme) * 2 + (collection === 'openings' ? 1 : 0))

const ID = /^([0-9a-f]{8})-([0-9a-f]{4})-8([0-9a-f]{3})-8000-([0-9a-f]{12})$/

/** The record an id of this site stands for, or null (another site's id, or no id of ours). */
export const readHsdsId = (site: string, value: string): { kind: HsdsKind; id: number } | null => {
  const match = ID.exec(value.toLowerCase())
  if (!match || `${match[1]}${match[2]}` !== site) return null
  const code = parseInt(match[3]!, 16)
  const kind = (Object.keys(HSDS_KINDS) as HsdsKind[]).find((k) => HSDS_KINDS[k] === code)
  const id = parseInt(match[4]!, 16)
  return kind && Number.isSafeInteger(id) && id > 0 ? { kind, id } : null
}
