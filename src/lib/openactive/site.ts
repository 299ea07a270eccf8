/** The Dutch provinces: a venue's `addressRegion` in the open data (OpenActive requires one). */
export const PROVINCES = [
  'Drenthe',
  'Flevoland',
  'Fryslân',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
] as const

/** The licences a site may publish its listings under; the first is the default. */
export const OPEN_DATA_LICENSES = [
  {
    value: 'cc-by-4.0',
    name: 'Creative Commons Naamsvermelding 4.0 (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  {
    value: 'cc0-1.0',
    name: 'Creative Commons Zero 1.0 (CC0, publiek domein)',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
] as const

export type OpenDataLicense = (typeof OPEN_DATA_LICENSES)[number]

export const licenseOf = (value: string | null | undefined): OpenDataLicense =>
  OPEN_DATA_LICENSES.find((l) => l.value === value) ?? OPEN_DATA_LICENSES[0]

/** What the feed needs to know about the site it speaks for. */
export interface FeedSite {
  /** The public site's address, no trailing slash. */
  serverURL: string
  province?: string | null
}
