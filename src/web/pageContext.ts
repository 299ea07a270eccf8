import type { Request } from 'express'
import { type Cms, type Visitor, visitor as visitorOf } from '../data/cms'

import { contactSettings } from '../data/contact'
import { getSiteSettings, toSiteView } from '../data/site'
import type { FormLimiters, FormRateLimitOptions } from '../http/formRateLimit'
import { getAssets } from './assets/buildAssets'
import type { PageContextValue } from './context'
import { translator, type Locale } from './i18n'
import { localePrefix, SEGMENTS, TAIL_SEGMENTS } from '../lib/paths'
import { cookieValue, parseShortlist, SHORTLIST_COOKIE } from '../lib/shortlist'

export interface WebOptions {
  serverURL: string
  map: { tileURL: string; attribution: string }
  /** Submissions of public forms allowed per IP and window (default 5 per 10 minutes). */
  formLimit?: FormRateLimitOptions
  /**
   * One budget per kind of form (reports, interests, loket requests), shared by the page in
   * either language and Payload's REST API.
   */
  limiters?: FormLimiters
}

/** The same path in the other language: /zoeken?q=x ↔ /en/search?q=x, /activiteit/a ↔ /en/activity/a. */
const alternatePath = (locale: Locale, originalUrl: string): string => {
  const other: Locale = locale === 'nl' ? 'en' : 'nl'
  const q = originalUrl.indexOf('?')
  // "//evil.test" must never become a protocol-relative link: collapse repeated slashes.
  const pathname = (q < 0 ? originalUrl : originalUrl.slice(0, q)).replace(/\/{2,}/g, '/')
  const query = q < 0 ? undefined : originalUrl.slice(q + 1)
  const rest = locale === 'en' ? pathname.replace(/^\/en(?=\/|$)/, '') || '/' : pathname
  const [, first = '', ...tail] = rest.split('/')
  const kind = (Object.keys(SEGMENTS) as (keyof typeof SEGMENTS)[]).find(
    (k) => SEGMENTS[k][locale] === first,
  )
  const tailOther = tail.map(
    (segment) => TAIL_SEGMENTS.find((s) => s[locale] === segment)?.[other] ?? segment,
  )
  const translated = kind ? ['', SEGMENTS[kind][other], ...tailOther].join('/') : rest
  const path = `${localePrefix(other)}${translated === '/' && other === 'en' ? '/' : translated}`
  const cleanQuery = query ? new URLSearchParams(query) : null
  cleanQuery?.delete('fragment')
  return cleanQuery && String(cleanQuery) ? `${path}?${cleanQuery}` : path
}

/** The visitor: anonymous, or the user of the admin's login cookie (professionals see more). */
export const visitor = (cms: Cms, req: Request): Promise<Visitor | null> =>
  visitorOf(cms, req.headers.cookie)

/**
 * What a professional's page adds: the official labels, and their shortlist with this page's
 * path (without the live search's `fragment`) to come back to after a change.
 */
export const professionalContext = (
  req: Request,
  professional: boolean | undefined,
): Pick<PageContextValue, 'professional' | 'shortlist'> => {
  if (!professional) return { professional }
  const url = new URL(req.originalUrl, 'http://localhost')
  url.searchParams.delete('fragment')
  return {
    professional,
    shortlist: {
      keys: parseShortlist(cookieValue(req.headers.cookie, SHORTLIST_COOKIE)),
      back: `${url.pathname.replace(/\/{2,}/g, '/')}${url.search}`,
    },
  }
}

export const pageContext = async (
  payload: Cms,
  req: Request,
  locale: Locale,
  options: WebOptions,
): Promise<PageContextValue> => {
  const [settings, assets] = await Promise.all([getSiteSettings(payload), getAssets()])
  return {
    locale,
    t: translator(locale),
    site: toSiteView(settings, locale),
    assets,
    alternate: alternatePath(locale, req.originalUrl),
    canonical: `${options.serverURL}${req.originalUrl.split('?')[0]!.replace(/\/{2,}/g, '/')}`,
    serverURL: options.serverURL,
    map: options.map,
    contact: contactSettings(payload),
  }
}
