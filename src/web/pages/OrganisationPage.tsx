import { ORGANISATION_TYPES } from '../../lib/vocabulary'
import type { ListingsOf } from '../../data/listings'
import type { SchoolHoliday } from '../../lib/schedule'
import type { Organisation, Venue } from '../../payload-types'
import { ContactFacts, Panel } from '../components/Detail'
import { Layout } from '../components/Layout'
import { Photo } from '../components/Photos'
import { ListingList } from '../components/ListingList'
import { optionLabel } from '../components/listingView'
import { usePage } from '../context'
import { href } from '../../lib/paths'
import { organisationDocumentLd } from '../structuredData'

export interface OrganisationPageProps extends ListingsOf {
  organisation: Organisation
  venues: Venue[]
  holidays: SchoolHoliday[]
  now: Date
}

/** Where the organisation is active: its venues, each linked to its page (nothing when none). */
const Venues = ({ venues }: { venues: Venue[] }) => {
  const { t, locale } = usePage()
  return venues.length ? (
    <Panel id="venues" title={t('detail.venue')}>
      <ul>
        {venues.map((v) => (
          <li key={v.id}>
            {v.slug ? <a href={href(locale, 'venue', v.slug)}>{v.name}</a> : v.name}
          </li>
        ))}
      </ul>
    </Panel>
  ) : null
}

/** An organisation and everything it offers. */
export const OrganisationPage = ({
  organisation: o,
  venues,
  activities,
  openings,
  holidays,
  now,
}: OrganisationPageProps) => {
  const { t, locale, canonical } = usePage()
  return (
    <Layout
      title={o.name}
      description={o.description ?? undefined}
      jsonLd={[organisationDocumentLd(o, canonical)]}
    >
      {o.type ? (
        <p className="card-kind">{optionLabel(ORGANISATION_TYPES, o.type, locale)}</p>
      ) : null}
      <h1>{o.name}</h1>
      {o.logo ? (
        <div className="logo">
          <Photo media={o.logo} eager sizes="12rem" />
        </div>
      ) : null}
      <div className="detail">
        <div>
          {o.description ? (
            <section aria-labelledby="about">
              <h2 id="about">{t('detail.aboutOrganisation')}</h2>
              <p className="prose">{o.description}</p>
            </section>
          ) : null}
          <section aria-labelledby="offers">
            <h2 id="offers">{t('detail.listings')}</h2>
            <ListingList
              activities={activities}
              openings={openings}
              holidays={holidays}
              now={now}
            />
            {activities.length && o.slug ? (
              <p>
                <a href={`${href(locale, 'organisation', o.slug)}.ics`}>
                  {t('detail.calendarFeed')}
                </a>
              </p>
            ) : null}
          </section>
        </div>
        <div>
          <Panel id="contact" title={t('detail.contact')}>
            <ContactFacts contact={o.contact} />
          </Panel>
          <Venues venues={venues} />
        </div>
      </div>
    </Layout>
  )
}
