import {
  describeSchedule,
  formatOccurrence,
  nextOccurrences,
  scheduleFromFields,
  type SchoolHoliday,
} from '../../lib/schedule'
import type { ShortlistListing } from '../../data/shortlist'
import type { Activity, Opening, Organisation, Venue } from '../../payload-types'
import { usePage } from '../context'
import { costOf } from './ActivityDetail'
import { addressLine, contactRows, Facts } from './Detail'
import { hoursOf, kindLabel } from './listingView'
import { populated } from './populated'

type T = ReturnType<typeof usePage>['t']

/** When: an activity's schedule in words and its next date; an opening's hours and days. */
const whenOf = (
  item: ShortlistListing,
  t: T,
  locale: 'nl' | 'en',
  { holidays, now }: { holidays: SchoolHoliday[]; now: Date },
) => {
  if (item.collection === 'activities') {
    const schedule = scheduleFromFields(item.doc.schedule)
    const [next] = nextOccurrences(schedule, { from: now, count: 1, holidays })
    const words = describeSchedule(schedule, locale)
    return next ? `${words}. ${t('card.next', { when: formatOccurrence(next, locale) })}` : words
  }
  const o = item.doc
  const days = t('day', { returnObjects: true }) as string[]
  const list = o.days?.length ? o.days.map((d) => days[Number(d) - 1]).join(', ') : null
  return [hoursOf(o, t), list].filter(Boolean).join(', ') || null
}

/** Where: the venue's name and address, or online, or outdoors with its note. */
const whereOf = (listing: Activity | Opening, t: T) => {
  const venue = populated<Venue>(listing.venue)
  if (venue) return `${venue.name}, ${addressLine(venue.address)}`
  if ('locationKind' in listing && listing.locationKind === 'online') return t('shortlist.online')
  if ('locationNote' in listing && listing.locationNote)
    return t('shortlist.outdoors', { note: listing.locationNote })
  return null
}

/** How to join: walk in or sign up and what it costs (activities); how to apply (openings). */
const howOf = (item: ShortlistListing, t: T, locale: 'nl' | 'en') =>
  item.collection === 'activities'
    ? `${item.doc.signUp === 'walk_in' ? t('detail.walkIn') : t('detail.signUpNeeded')}. ${costOf(item.doc, t, locale)}.`
    : (item.doc.howToApply ?? null)

/**
 * One listing on a printed shortlist: what it is, when, where, how to join and whom to call,
 * with a QR code to its page. Large type and no links needed: it is read on paper.
 */
export const ShortlistItem = ({
  item,
  url,
  qr,
  holidays,
  now,
}: {
  item: ShortlistListing
  url: string
  qr: string
  holidays: SchoolHoliday[]
  now: Date
}) => {
  const { t, locale } = usePage()
  const { doc } = item
  const organisation = populated<Organisation>(doc.organisation)
  const contact = doc.contact?.email || doc.contact?.phone ? doc.contact : organisation?.contact
  return (
    <li className="shortlist-item">
      <div className="shortlist-head">
        <p className="card-kind">{kindLabel(doc, locale, t)}</p>
        <h2>
          <a href={url}>{doc.title}</a>
        </h2>
        <p>{doc.summary}</p>
      </div>
      <figure className="shortlist-qr">
        <div aria-hidden="true" dangerouslySetInnerHTML={{ __html: qr }} />
        <figcaption>
          {t('shortlist.scan')}
          <br />
          <span className="shortlist-url">{url}</span>
        </figcaption>
      </figure>
      <div className="shortlist-facts">
        <Facts
          rows={[
            [t('shortlist.when'), whenOf(item, t, locale, { holidays, now })],
            [t('shortlist.where'), whereOf(doc, t)],
            [t('shortlist.how'), howOf(item, t, locale)],
            [t('detail.organisation'), organisation?.name ?? null],
            ...contactRows(contact ?? undefined, t),
          ]}
        />
      </div>
    </li>
  )
}
