import type { HomeListings } from '../../data/homeListings'
import { describeSchedule, formatOccurrence, nextOccurrences, scheduleFromFields, type SchoolHoliday } from '../../lib/schedule'
import type { Activity, Opening } from '../../payload-types'
import { openingKindLabel } from '../components/labels'
import { Layout } from '../components/Layout'
import { ListingCard } from '../components/ListingCard'
import { populated } from '../components/populated'

const place = (listing: Activity | Opening): string | undefined => {
  const venue = populated(listing.venue)
  return venue ? `${venue.name}, ${venue.address.city}` : undefined
}

const when = (activity: Activity, now: Date, holidays: SchoolHoliday[]): string[] => {
  const schedule = scheduleFromFields(activity.schedule)
  const [next] = nextOccurrences(schedule, { from: now, count: 1, holidays })
  return [describeSchedule(schedule, 'nl'), next ? `Volgende keer: ${formatOccurrence(next, 'nl')}` : 'Er staat geen nieuwe datum gepland.']
}

const ActivityCard = ({ activity, now, holidays }: { activity: Activity; now: Date; holidays: SchoolHoliday[] }) => {
  const organisation = populated(activity.organisation)
  const badges = [
    activity.cost?.kind === 'free' ? 'Gratis' : undefined,
    activity.signUp === 'walk_in' ? 'Zonder aanmelden' : 'Aanmelden nodig',
  ].filter((b): b is string => Boolean(b))
  return (
    <ListingCard
      title={activity.title}
      summary={activity.summary}
      badges={badges}
      facts={[...when(activity, now, holidays), place(activity), organisation?.name].filter(Boolean)}
    />
  )
}

const hours = (o: Opening): string | undefined => {
  if (o.hoursPerWeekMin && o.hoursPerWeekMax && o.hoursPerWeekMin !== o.hoursPerWeekMax)
    return `${o.hoursPerWeekMin} tot ${o.hoursPerWeekMax} uur per week`
  const h = o.hoursPerWeekMax ?? o.hoursPerWeekMin
  return h ? `${h} uur per week` : undefined
}

const OpeningCard = ({ opening }: { opening: Opening }) => {
  const organisation = populated(opening.organisation)
  const places = opening.placesAvailable
  return (
    <ListingCard
      title={opening.title}
      summary={opening.summary}
      badges={[openingKindLabel(opening.kind)]}
      facts={[
        hours(opening),
        places ? `${places} ${places === 1 ? 'plek' : 'plekken'} vrij` : undefined,
        place(opening),
        organisation?.name,
      ].filter(Boolean)}
    />
  )
}

/** The public home page: what is on offer right now, without any JavaScript. */
export const HomePage = ({ activities, openings, now, holidays }: HomeListings) => (
  <Layout
    title="Doe mee in je buurt"
    description="Vind activiteiten, vrijwilligerswerk en plekken om te werken en te leren bij jou in de buurt."
  >
    <h1>Doe mee in je buurt</h1>
    <p className="lead">
      Hier vind je activiteiten in buurthuizen en jongerencentra, vrijwilligerswerk en plekken om te werken en te
      leren.
    </p>
    <section aria-labelledby="activiteiten">
      <h2 id="activiteiten">Activiteiten</h2>
      {activities.length ? (
        <ul className="cards">
          {activities.map((a) => (
            <ActivityCard key={a.id} activity={a} now={now} holidays={holidays} />
          ))}
        </ul>
      ) : (
        <p>Er staan nog geen activiteiten klaar.</p>
      )}
    </section>
    <section aria-labelledby="plekken">
      <h2 id="plekken">Vrijwilligerswerk, werken en leren</h2>
      {openings.length ? (
        <ul className="cards">
          {openings.map((o) => (
            <OpeningCard key={o.id} opening={o} />
          ))}
        </ul>
      ) : (
        <p>Er staan nog geen open plekken klaar.</p>
      )}
    </section>
  </Layout>
)
