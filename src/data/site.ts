import type { Payload } from 'payload'

import { shade } from '../lib/color/contrast'
import { cachedReference } from './referenceCache'
import type { SiteSetting } from '../payload-types'
import { shortHash } from '../lib/shortHash'
import { licenseOf } from '../lib/openactive/site'
import { EMPLOYER_OFFER } from '../../collections/globals/SiteSettings'

/** What every public page shows of the site's settings, in one language. */
export interface SiteView {
  name: string
  tagline: string
  owner: string | null
  logo: { url: string; alt: string } | null
  themeHref: string
  accessibilityEmail: string | null
  accessibilityReviewed: string | null
  privacyEmail: string | null
  /** The licence the listings are published under (open-data page, feeds). */
  license: { name: string; url: string }
  /** What the municipality offers employers (the loket page), and the language it is in. */
  employerOffer: { text: string; lang: 'nl' | 'en' }
}

const DEFAULT_PRIMARY = '#0b5e6b'
const DEFAULT_ACCENT = '#7a3e00'

/** The "Website" settings as anyone may read them. */
export const getSiteSettings = (payload: Payload): Promise<SiteSetting> =>
  cachedReference(payload, 'site-settings', () =>
    payload.findGlobal({ slug: 'site-settings', overrideAccess: false, user: null, depth: 1 }),
  )

/** The municipality's colours as CSS custom properties over our tokens (served as /theme.css). */
export const themeCss = (settings: Pick<SiteSetting, 'primaryColour' | 'accentColour'>): string => {
  const primary = settings.primaryColour || DEFAULT_PRIMARY
  const accent = settings.accentColour || DEFAULT_ACCENT
  return `:root{--meedoen-color-primary:${primary};--meedoen-color-primary-hover:${shade(primary, -0.3)};--meedoen-color-primary-subtle:${shade(primary, 0.88)};--meedoen-color-accent:${accent}}\n`
}

export const toSiteView = (settings: SiteSetting, locale: 'nl' | 'en' = 'nl'): SiteView => {
  const logo = settings.logo && typeof settings.logo === 'object' ? settings.logo : null
  return {
    name: settings.siteName || 'Meedoen',
    // The English site shows the English tagline; a site without one shows none rather than Dutch.
    tagline: (locale === 'en' ? settings.taglineEn : settings.tagline) ?? '',
    owner: settings.owner ?? null,
    logo: logo?.url ? { url: logo.url, alt: logo.alt ?? '' } : null,
    themeHref: `/theme.css?v=${shortHash(themeCss(settings))}`,
    accessibilityEmail: settings.accessibility?.contactEmail ?? null,
    accessibilityReviewed: settings.accessibility?.lastReviewed ?? null,
    privacyEmail: settings.privacy?.contactEmail ?? null,
    license: licenseOf(settings.openData?.license),
    employerOffer:
      locale === 'en' && settings.employers?.offerEn
        ? { text: settings.employers.offerEn, lang: 'en' }
        : { text: settings.employers?.offer ?? EMPLOYER_OFFER, lang: 'nl' },
  }
}
