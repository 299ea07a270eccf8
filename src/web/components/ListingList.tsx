import { nextOccurrences, scheduleFromFields, type SchoolHoliday } from '../../lib/schedule'
import type { Activity, Opening } from '../../payload-types'
import { usePage } from '../context'
import { href } from '../paths'
import { ListingCard } from './ListingCard'
import { badgesOf, factsOf, kindLabel } from './listingView'

/** The activities and openings of a venue or an organisation, as cards. */
export const ListingList = ({ activities, openings, holidays, now }: { activities: Activity[]; openings: Opening[]; holidays: SchoolHoliday[]; now: Date }) => {
  const { t, locale } = usePage()
  if (!activities.length && !openings.length) return <p>{t('detail.noListings')}</p>
  return (
    <ul className="cards">
      {activities.map((a) => {
        const [next] = nextOccurrences(scheduleFromFields(a.schedule), { from: now, count: 1, holidays })
        return (
          <ListingCard
            key={`a-${a.id}`}
            href={a.slug ? href(locale, 'activity', a.slug) : '#'}
            title={a.title}
            kind={kindLabel(a, locale, t)}
            summary={a.summary}
            badges={badgesOf(a, locale, t)}
            facts={factsOf(a, { locale, t, nextStart: next?.start ?? null, nextEnd: next?.end ?? null })}
          />
        )
      })}
      {openings.map((o) => (
        <ListingCard
          key={`o-${o.id}`}
          href={o.slug ? href(locale, 'opening', o.slug) : '#'}
          title={o.title}
          kind={kindLabel(o, locale, t)}
          summary={o.summary}
          badges={badgesOf(o, locale, t)}
          facts={factsOf(o, { locale, t })}
        />
      ))}
    </ul>
  )
}
