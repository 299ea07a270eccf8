/**
 * The public site's paths, in Dutch and English: the pages' routes, the search API's links
 * and the admin's "Bekijk op de site" and "Voorbeeld" all build them here.
 */
import type { Label } from './vocabulary'
import type { ListingSlug } from './vocabulary'

export type Locale = keyof Label

/** Page kinds and their path segment per language. */
export const SEGMENTS = {
  search: { nl: 'zoeken', en: 'search' },
  activity: { nl: 'activiteit', en: 'activity' },
  opening: { nl: 'plek', en: 'opening' },
  venue: { nl: 'locatie', en: 'venue' },
  organisation: { nl: 'organisatie', en: 'organisation' },
  accessibility: { nl: 'toegankelijkheid', en: 'accessibility' },
  loket: { nl: 'werkgevers', en: 'employers' },
  privacy: { nl: 'privacy', en: 'privacy' },
  openData: { nl: 'open-data', en: 'open-data' },
  suggest: { nl: 'wat-past-bij-mij', en: 'what-suits-me' },
  alerts: { nl: 'nieuwe-plekken', en: 'new-places' },
  shortlist: { nl: 'lijstje', en: 'shortlist' },
  whosWho: { nl: 'wie-is-wie', en: 'whos-who' },
} as const

/** The "Klopt er iets niet?" form posts to the listing's path plus this. */
export const REPORT_SEGMENT = { nl: 'melding', en: 'report' } as const
/** "Ik heb interesse" posts to the listing's path plus this; its confirmation adds SENT_SEGMENT. */
export const INTEREST_SEGMENT = { nl: 'interesse', en: 'interest' } as const
export const SENT_SEGMENT = { nl: 'verstuurd', en: 'sent' } as const
/** A professional's "Verwijs een cliënt": the listing's path plus this; its confirmation adds SENT_SEGMENT. */
export const REFER_SEGMENT = { nl: 'verwijzen', en: 'refer' } as const
/** "Stuur me nieuwe plekken": the steps after subscribing, below the alerts page. */
export const ALERT_SEGMENTS = {
  sent: SENT_SEGMENT,
  confirm: { nl: 'bevestig', en: 'confirm' },
  unsubscribe: { nl: 'afmelden', en: 'unsubscribe' },
} as const
/** An employer follows their loket request: below the loket's path, then the link's token. */
export const LOKET_STATUS_SEGMENT = { nl: 'aanvraag', en: 'request' } as const
/** A room of a venue, asked for by initiatives: the venue's path plus this and the room's id. */
export const ROOM_SEGMENT = { nl: 'ruimte', en: 'room' } as const
/** A shortlist shared by its signed link: below the shortlist's path. */
export const SHARED_SEGMENT = { nl: 'gedeeld', en: 'shared' } as const
/** Segments after the first that also change with the language. */
export const TAIL_SEGMENTS = [
  REPORT_SEGMENT,
  INTEREST_SEGMENT,
  REFER_SEGMENT,
  LOKET_STATUS_SEGMENT,
  ROOM_SEGMENT,
  SHARED_SEGMENT,
  SENT_SEGMENT,
  ALERT_SEGMENTS.confirm,
  ALERT_SEGMENTS.unsubscribe,
]
export type PageKind = keyof typeof SEGMENTS | 'home'

export const localePrefix = (locale: Locale): string => (locale === 'en' ? '/en' : '')

/** The path of a page in a language: href('en', 'activity', 'taalcafe') → /en/activity/taalcafe */
export const href = (
  locale: Locale,
  page: PageKind,
  slug?: string,
  query?: URLSearchParams | string,
): string => {
  const base =
    page === 'home'
      ? `${localePrefix(locale)}/`
      : `${localePrefix(locale)}/${SEGMENTS[page][locale]}`
  const withSlug = slug ? `${base}/${encodeURIComponent(slug)}` : base
  const q = query ? String(query) : ''
  return q ? `${withSlug}?${q}` : withSlug
}

/** The page kind of each collection with public pages. */
export const PAGE_OF = {
  activities: 'activity',
  openings: 'opening',
  venues: 'venue',
  organisations: 'organisation',
} as const
export type PublicSlug = keyof typeof PAGE_OF

/** Where a document lives on the site: documentHref('nl', 'openings', 'kok') → /plek/kok */
export const documentHref = (locale: Locale, collection: PublicSlug, slug: string): string =>
  href(locale, PAGE_OF[collection], slug)

/** Where a listing lives on the site. */
const listingHref = (locale: Locale, collection: ListingSlug, slug: string): string =>
  documentHref(locale, collection, slug)

/**
 * Where a search hit leads: our listing's page, or for a listing of another directory
 * (federation) its page there, which the index keeps in place of a slug.
 */
export const hitHref = (
  locale: Locale,
  collection: ListingSlug | 'external-listings',
  slug: string,
): string => (collection === 'external-listings' ? slug : listingHref(locale, collection, slug))

/** The preview of a document's latest version, draft included (only for those who may read it). */
export const previewPath = (collection: PublicSlug, id: number | string): string =>
  `/voorbeeld/${SEGMENTS[PAGE_OF[collection]].nl}/${id}`
