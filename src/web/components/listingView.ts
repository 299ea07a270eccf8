import type { TFunction } from 'i18next'

import { OPENING_KINDS, rungLabel } from '../../lib/vocabulary'
import { LOW_THRESHOLD } from '../../lib/vocabulary'
import {
  formatOccurrence,
  nextOccurrences,
  scheduleFromFields,
  type SchoolHoliday,
} from '../../lib/schedule'
import type { SearchHit } from '../../lib/search/types'
import type { Activity, Opening, Venue } from '../../payload-types'
import { formatNumber, pick, type Locale } from '../i18n'
import { hitHref } from '../../lib/paths'
import type { ListingCardProps } from './ListingCard'
import { populated } from './populated'
import type { IndexedSlug } from '../../lib/search/types'

export type Listing = Activity | Opening
const isActivity = (l: Listing): l is Activity => 'schedule' in l

/** The label of an option in the page's language; empty when a draft has none yet (the admin's preview). */
export const optionLabel = (
  options: readonly { value: string; label: { nl: string; en: string } }[],
  value: string | null | undefined,
  locale: Locale,
): string => (value ? pick(options.find((o) => o.value === value)?.label ?? value, locale) : '')

export const kindLabel = (l: Listing, locale: Locale, t: TFunction): string =>
  isActivity(l) ? t('kind.activity') : optionLabel(OPENING_KINDS, l.kind, locale)

/** "De Dilgt, Haren", "Online" or "Buiten". */
export const placeOf = (l: Listing, t: TFunction): string | undefined => {
  if (isActivity(l) && l.locationKind === 'online') return t('card.online')
  const venue = populated<Venue>(l.venue)
  if (venue) return `${venue.name}, ${venue.address.city}`
  if (isActivity(l) && l.locationKind === 'outdoor')
    return l.locationNote ? `${t('card.outdoor')}: ${l.locationNote}` : t('card.outdoor')
  return undefined
}

/** The venue's point as [lat, lon], when the listing has a venue with a location. */
export const pointOf = (l: Listing): { lat: number; lon: number } | undefined => {
  const venue = populated<Venue>(l.venue)
  const loc = venue?.location
  return loc ? { lat: loc[1], lon: loc[0] } : undefined
}

/** Short labels residents scan for: gratis, zonder aanmelden, prikkelarm, … */
export const badgesOf = (l: Listing, locale: Locale, t: TFunction): string[] => {
  if (isActivity(l)) {
    const extra = (l.lowThreshold ?? [])
      .filter((v) => v !== 'free' && v !== 'walk_in')
      .map((v) => optionLabel(LOW_THRESHOLD, v, locale))
    return [
      l.cost?.kind === 'free' ? optionLabel(LOW_THRESHOLD, 'free', locale) : undefined,
      // A listing of another directory says nothing about sign-up (undefined): no badge either way.
      l.signUp === undefined
        ? undefined
        : l.signUp === 'walk_in'
          ? optionLabel(LOW_THRESHOLD, 'walk_in', locale)
          : t('card.signUp'),
      ...extra,
    ].filter((b): b is string => Boolean(b))
  }
  return [
    l.status === 'full' ? t('card.full') : undefined,
    ...(l.support?.includes('job_coach') ? ['Jobcoach'] : []),
  ].filter((b): b is string => Boolean(b))
}

export const hoursOf = (o: Opening, t: TFunction): string | undefined => {
  if (o.hoursPerWeekMin && o.hoursPerWeekMax && o.hoursPerWeekMin !== o.hoursPerWeekMax)
    return t('card.hoursRange', { min: o.hoursPerWeekMin, max: o.hoursPerWeekMax })
  const h = o.hoursPerWeekMax ?? o.hoursPerWeekMin
  return h ? t('card.hours', { hours: h }) : undefined
}

/** The plain facts under a card's summary. */
export const factsOf = (
  l: Listing,
  opts: {
    locale: Locale
    t: TFunction
    nextStart?: string | null
    nextEnd?: string | null
    endTime?: string
    distanceKm?: number
    /** A listing of another directory: whose it is ("Van Meedoen Assen"). */
    origin?: string
  },
): string[] => {
  const { locale, t } = opts
  const facts: (string | undefined)[] = []
  if (opts.distanceKm !== undefined)
    facts.push(
      opts.distanceKm < 0.1
        ? t('card.nearby')
        : t('card.distance', { km: formatNumber(opts.distanceKm, locale) }),
    )
  if (isActivity(l)) {
    facts.push(
      opts.nextStart
        ? t('card.next', { when: formatStart(opts.nextStart, opts.nextEnd, locale, opts.endTime) })
        : t('card.noDate'),
    )
  } else {
    facts.push(hoursOf(l, t))
    if (l.placesAvailable) facts.push(t('card.placesLeft', { count: l.placesAvailable }))
  }
  facts.push(placeOf(l, t))
  facts.push(populated(l.organisation)?.name)
  if (opts.origin) facts.push(t('card.origin', { name: opts.origin }))
  return facts.filter((f): f is string => Boolean(f))
}

/** A start instant (and end when known, as an instant or a local "HH:mm") as "di 1 dec, 10.00–12.00". */
const formatStart = (
  start: string,
  end: string | null | undefined,
  locale: Locale,
  endTime?: string,
): string => {
  const text = formatOccurrence({ start, end: end ?? start, localDate: '' }, locale)
  if (end) return text
  const withoutEnd = text.replace(/–.*$/, '')
  return endTime
    ? `${withoutEnd}–${locale === 'nl' ? endTime.replace(':', '.') : endTime}`
    : withoutEnd
}

/**
 * The next date of a card. The index keeps each listing's next start (refreshed on save and
 * nightly); only when that moment has passed is the schedule worked out again.
 */
export const nextOf = (
  l: { hit: SearchHit; doc: Listing },
  holidays: SchoolHoliday[],
  now: Date,
) => {
  if (!isActivity(l.doc)) return {}
  if (l.hit.nextStart && new Date(l.hit.nextStart) > now)
    return { nextStart: l.hit.nextStart, endTime: l.doc.schedule.endTime }
  const [next] = nextOccurrences(scheduleFromFields(l.doc.schedule), {
    from: now,
    count: 1,
    holidays,
  })
  return { nextStart: next?.start ?? null, nextEnd: next?.end ?? null }
}

/** What a card shows of a listing (home, results, venue and organisation pages). */
export const cardProps = (
  doc: Listing,
  collection: IndexedSlug,
  opts: Parameters<typeof factsOf>[1] & { snippetHtml?: string },
): Omit<ListingCardProps, 'headingLevel'> => ({
  href: doc.slug ? hitHref(opts.locale, collection, doc.slug) : '#',
  title: doc.title,
  kind: kindLabel(doc, opts.locale, opts.t),
  snippetHtml: opts.snippetHtml,
  summary: doc.summary,
  badges: badgesOf(doc, opts.locale, opts.t),
  facts: factsOf(doc, opts),
  next: 'nextStart' in opts ? (opts.nextStart ?? null) : null,
})

/**
 * The description without the summary when it merely repeats it at its start (organisations
 * often paste the summary as the first sentence): the page shows the summary just above.
 */
export const descriptionAfter = (
  description: string | null | undefined,
  summary: string | null | undefined,
): string | null => {
  const text = (description ?? '').trim()
  const lead = (summary ?? '').trim()
  if (!text) return null
  if (!lead || !text.startsWith(lead)) return text
  return text.slice(lead.length).trim() || null
}

/** A listing's ladder rungs for the reader: the resident's words, or the official labels. */
export const rungsOf = (
  rungs: string[] | null | undefined,
  professional: boolean,
  locale: Locale,
): string | null =>
  rungs?.length ? rungs.map((r) => pick(rungLabel(r, professional), locale)).join(', ') : null
