import type { Locale } from './i18n'

/** Page kinds and their path segment per language. */
export const SEGMENTS = {
  search: { nl: 'zoeken', en: 'search' },
  activity: { nl: 'activiteit', en: 'activity' },
  opening: { nl: 'plek', en: 'opening' },
  venue: { nl: 'locatie', en: 'venue' },
  organisation: { nl: 'organisatie', en: 'organisation' },
  accessibility: { nl: 'toegankelijkheid', en: 'accessibility' },
} as const

/** The "Klopt er iets niet?" form posts to the listing's path plus this. */
export const REPORT_SEGMENT = { nl: 'melding', en: 'report' } as const
export type PageKind = keyof typeof SEGMENTS | 'home'

export const localePrefix = (locale: Locale): string => (locale === 'en' ? '/en' : '')

/** The path of a page in a language: href('en', 'activity', 'taalcafe') → /en/activity/taalcafe */
export const href = (locale: Locale, page: PageKind, slug?: string, query?: URLSearchParams | string): string => {
  const base = page === 'home' ? `${localePrefix(locale)}/` : `${localePrefix(locale)}/${SEGMENTS[page][locale]}`
  const withSlug = slug ? `${base}/${encodeURIComponent(slug)}` : base
  const q = query ? String(query) : ''
  return q ? `${withSlug}?${q}` : withSlug
}

/** Where a listing lives on the site. */
export const listingHref = (locale: Locale, collection: 'activities' | 'openings', slug: string): string =>
  href(locale, collection === 'activities' ? 'activity' : 'opening', slug)
