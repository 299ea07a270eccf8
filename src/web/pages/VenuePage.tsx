import { VENUE_TYPES } from '../../lib/vocabulary'
import type { ListingsOf } from '../../data/listings'
import { clockTime, toLocalDay, type SchoolHoliday } from '../../lib/schedule'
import type { Venue } from '../../payload-types'
import { AccessibilityList } from '../components/AccessibilityList'
import { Panel, VenueSummary } from '../components/Detail'
import { Layout } from '../components/Layout'
import { Photos } from '../components/Photos'
import { ListingList } from '../components/ListingList'
import { optionLabel } from '../components/listingView'
import { usePage } from '../context'
import { formatDay } from '../i18n'
import { href, ROOM_SEGMENT } from '../../lib/paths'
import { venueDocumentLd } from '../structuredData'

export interface VenuePageProps extends ListingsOf {
  venue: Venue
  holidays: SchoolHoliday[]
  now: Date
}

/** The rooms one can book, with capacity and how to book (nothing when the venue lists none). */
const Rooms = ({ venue: v }: { venue: Venue }) => {
  const { t, locale } = usePage()
  return v.rooms?.length ? (
    <section aria-labelledby="rooms">
      <h2 id="rooms">{t('detail.rooms')}</h2>
      <ul>
        {v.rooms.map((r) => (
          <li key={r.id ?? r.name}>
            {r.name}
            {r.capacity ? ` (${t('detail.capacity', { count: r.capacity })})` : ''}
            {r.howToBook ? <span className="prose"> – {r.howToBook}</span> : null}
            {r.bookable && r.id && v.slug ? (
              <>
                {' '}
                <a href={`${href(locale, 'venue', v.slug)}/${ROOM_SEGMENT[locale]}/${r.id}`}>
                  {t('room.ask')}
                  <span className="visually-hidden">: {r.name}</span>
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  ) : null
}

/** Opening hours by weekday, then the exceptions from today on (nothing when no hours are set). */
const OpeningHours = ({ venue: v, now }: { venue: Venue; now: Date }) => {
  const { t, locale } = usePage()
  const days = t('day', { returnObjects: true }) as string[]
  const hours = [...(v.openingHours ?? [])].sort(
    (a, b) => Number(a.weekday) - Number(b.weekday) || (a.opens ?? '').localeCompare(b.opens ?? ''),
  )
  const today = toLocalDay(now.toISOString()) ?? now.toISOString().slice(0, 10)
  const exceptions = (v.openingHoursExceptions ?? []).filter((e) => e.date.slice(0, 10) >= today)
  return hours.length ? (
    <Panel id="hours" title={t('detail.openingHours')}>
      <dl className="facts">
        {hours.map((h, i) => (
          <div key={h.id ?? i}>
            <dt>
              {i > 0 && hours[i - 1]!.weekday === h.weekday ? (
                <span className="visually-hidden">{days[Number(h.weekday) - 1]}</span>
              ) : (
                days[Number(h.weekday) - 1]
              )}
            </dt>
            <dd>{`${clockTime(h.opens ?? '', locale)}–${clockTime(h.closes ?? '', locale)}`}</dd>
          </div>
        ))}
      </dl>
      {exceptions.length ? (
        <ul>
          {exceptions.map((e) => (
            <li key={e.id ?? e.date}>
              {e.closed
                ? t('detail.closedOn', { date: formatDay(e.date, locale) })
                : `${formatDay(e.date, locale)}: ${clockTime(e.opens ?? '', locale)}–${clockTime(e.closes ?? '', locale)}`}
              {e.note ? ` (${e.note})` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </Panel>
  ) : null
}

/** A venue: what happens there, opening hours, accessibility and rooms. */
export const VenuePage = ({ venue: v, activities, openings, holidays, now }: VenuePageProps) => {
  const { t, locale, canonical } = usePage()
  return (
    <Layout
      title={v.name}
      description={v.description ?? undefined}
      jsonLd={[venueDocumentLd(v, canonical)]}
    >
      {v.type ? <p className="card-kind">{optionLabel(VENUE_TYPES, v.type, locale)}</p> : null}
      <h1>{v.name}</h1>
      {v.description ? <p className="lead prose">{v.description}</p> : null}
      <Photos items={v.photos} />
      <div className="detail">
        <div>
          <section aria-labelledby="at-venue">
            <h2 id="at-venue">{t('detail.atVenue')}</h2>
            <ListingList
              activities={activities}
              openings={openings}
              holidays={holidays}
              now={now}
            />
            {activities.length && v.slug ? (
              <p>
                <a href={`${href(locale, 'venue', v.slug)}.ics`}>{t('detail.calendarFeed')}</a>
              </p>
            ) : null}
          </section>
          <Rooms venue={v} />
        </div>
        <div>
          <Panel id="where" title={t('detail.where')}>
            <VenueSummary venue={{ ...v, slug: null }} />
          </Panel>
          <OpeningHours venue={v} now={now} />
          <Panel id="access" title={t('detail.accessibility')}>
            <AccessibilityList venue={v} />
          </Panel>
        </div>
      </div>
    </Layout>
  )
}
