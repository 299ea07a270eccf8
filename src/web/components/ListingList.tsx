import { nextOccurrences, scheduleFromFields, type SchoolHoliday } from '../../lib/schedule'
import type { Activity, Opening } from '../../payload-types'
import { usePage } from '../context'
import { ListingCard } from './ListingCard'
import { cardProps } from './listingView'

/**
 * The activities and openings of a venue or an organisation, as cards: activities by their
 * next date (soonest first, those without one last), then the openings.
 */
export const ListingList = ({
  activities,
  openings,
  holidays,
  now,
}: {
  activities: Activity[]
  openings: Opening[]
  holidays: SchoolHoliday[]
  now: Date
}) => {
  const { t, locale } = usePage()
  if (!activities.length && !openings.length) return <p>{t('detail.noListings')}</p>
  const dated = activities
    .map((a) => ({
      a,
      next: nextOccurrences(scheduleFromFields(a.schedule), { from: now, count: 1, holidays })[0],
    }))
    .sort(
      (x, y) =>
        (x.next?.start ?? '\uffff').localeCompare(y.next?.start ?? '\uffff') ||
        x.a.title.localeCompare(y.a.title, 'nl'),
    )
  return (
    <ul className="cards">
      {dated.map(({ a, next }) => (
        <ListingCard
          key={`a-${a.id}`}
          {...cardProps(a, 'activities', {
            locale,
            t,
            nextStart: next?.start ?? null,
            nextEnd: next?.end ?? null,
          })}
        />
      ))}
      {openings.map((o) => (
        <ListingCard key={`o-${o.id}`} {...cardProps(o, 'openings', { locale, t })} />
      ))}
    </ul>
  )
}
