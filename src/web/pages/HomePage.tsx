import type { FoundListing } from '../../data/search'
import type { SchoolHoliday } from '../../lib/schedule'
import { LISTING_KINDS } from '../../lib/search/types'
import { Layout } from '../components/Layout'
import { ListingCard } from '../components/ListingCard'
import { cardProps, nextOf } from '../components/listingView'
import { SearchFields } from '../components/SearchFields'
import { usePage } from '../context'
import { href } from '../../lib/paths'

export interface HomeProps {
  upcoming: FoundListing[]
  openings: FoundListing[]
  holidays: SchoolHoliday[]
  now: Date
}

const WORK_AND_LEARN = LISTING_KINDS.filter((k) => k !== 'activity' && k !== 'volunteer')

const Cards = ({
  items,
  empty,
  holidays,
  now,
}: {
  items: FoundListing[]
  empty: string
  holidays: SchoolHoliday[]
  now: Date
}) => {
  const { t, locale } = usePage()
  if (!items.length) return <p>{empty}</p>
  return (
    <ul className="cards">
      {items.map(({ hit, doc, origin }) => (
        <ListingCard
          key={`${hit.collection}-${hit.id}`}
          {...cardProps(doc, hit.collection, {
            locale,
            t,
            origin,
            ...nextOf({ hit, doc }, holidays, now),
          })}
        />
      ))}
    </ul>
  )
}

/** The public home page: search, three ways in, and what is coming up. Works without JavaScript. */
export const HomePage = ({ upcoming, openings, holidays, now }: HomeProps) => {
  const { t, locale } = usePage()
  const search = (kinds: readonly string[]) =>
    href(locale, 'search', undefined, new URLSearchParams(kinds.map((k) => ['kind', k])))
  return (
    <Layout title={t('home.title')} description={t('home.description')} scripts={['location']}>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <form method="get" action={href(locale, 'search')} role="search">
        <SearchFields />
      </form>
      <p className="suggest-link">
        <a href={href(locale, 'suggest')}>{t('suggest.homeLink')}</a>
      </p>
      <h2>{t('home.entriesTitle')}</h2>
      <ul className="entries">
        <li>
          <a className="entry" href={search(['activity'])}>
            {t('home.join')}
            <span>{t('home.joinText')}</span>
          </a>
        </li>
        <li>
          <a className="entry" href={search(['volunteer'])}>
            {t('home.volunteer')}
            <span>{t('home.volunteerText')}</span>
          </a>
        </li>
        <li>
          <a className="entry" href={search(WORK_AND_LEARN)}>
            {t('home.workLearn')}
            <span>{t('home.workLearnText')}</span>
          </a>
        </li>
      </ul>
      <p>
        <a href={href(locale, 'loket')}>{t('loket.link')}</a>: {t('loket.linkText').toLowerCase()}.
      </p>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">{t('home.upcoming')}</h2>
        <Cards items={upcoming} empty={t('home.noActivities')} holidays={holidays} now={now} />
        <p>
          <a href={href(locale, 'search', undefined, 'kind=activity&sort=soonest')}>
            {t('home.allResults')}
          </a>
        </p>
      </section>
      <section aria-labelledby="openings">
        <h2 id="openings">{t('home.openings')}</h2>
        <Cards items={openings} empty={t('home.noOpenings')} holidays={holidays} now={now} />
        <p>
          <a href={search(LISTING_KINDS.filter((k) => k !== 'activity'))}>{t('home.allResults')}</a>
        </p>
      </section>
    </Layout>
  )
}
