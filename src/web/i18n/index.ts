import i18next, { type TFunction } from 'i18next'

import { en } from './en'
import { nl } from './nl'

export type Locale = 'nl' | 'en'

const instances = new Map<Locale, TFunction>()

/** The translation function of one language (i18next, set up once per language, synchronous). */
export const translator = (locale: Locale): TFunction => {
  const known = instances.get(locale)
  if (known) return known
  const instance = i18next.createInstance()
  void instance.init({
    lng: locale,
    fallbackLng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
    initAsync: false,
    returnObjects: true,
    // React escapes what it renders; escaping here too would show &amp; on the page.
    interpolation: { escapeValue: false },
  })
  instances.set(locale, instance.t)
  return instance.t
}

/** A label pair from the data model ({ nl, en }) in the page's language. */
export const pick = (label: { nl: string; en: string } | string, locale: Locale): string =>
  typeof label === 'string' ? label : label[locale]

/** Numbers the Dutch or English way ("1,5" / "1.5"). */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()
/** Intl formatters are costly to create: one per language and option set. */
const cached = <T extends Intl.NumberFormat | Intl.DateTimeFormat>(
  key: string,
  make: () => T,
): T => {
  let f = formatters.get(key) as T | undefined
  if (!f) formatters.set(key, (f = make()))
  return f
}

export const formatNumber = (n: number, locale: Locale, digits = 1): string =>
  cached(
    `n:${locale}:${digits}`,
    () =>
      new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits }),
  ).format(n)

/** A calendar day in words ("25 november 2026" / "25 November 2026"). */
export const formatDay = (iso: string, locale: Locale): string =>
  cached(
    `d:${locale}`,
    () =>
      new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'Europe/Amsterdam',
      }),
  ).format(new Date(iso))

/** "taal, koken en sport": a list in the page's language. */
export const formatList = (items: string[], locale: Locale): string =>
  new Intl.ListFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' }).format(items)
