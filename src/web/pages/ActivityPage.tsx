import type { SchoolHoliday } from '../../lib/schedule'
import type { Activity, Organisation, Venue } from '../../payload-types'
import { ActivityFacts, ActivityWhen } from '../components/ActivityDetail'
import { Badges, ContactFacts, Panel, ProfessionalPanel, VenueSummary } from '../components/Detail'
import { Layout } from '../components/Layout'
import { ReferPanel } from '../components/ReferralForm'
import { ShortlistToggle } from '../components/ShortlistToggle'
import { RelatedListings, type RelatedProps } from '../components/RelatedListings'
import { Photos } from '../components/Photos'
import { InterestForm, type InterestState, JumpToInterest } from '../components/InterestForm'
import { ReportForm, type ReportState } from '../components/ReportForm'
import { badgesOf, descriptionAfter, kindLabel } from '../components/listingView'
import { populated } from '../components/populated'
import { AccessibilityList } from '../components/AccessibilityList'
import { usePage } from '../context'
import { Marker, marked } from '../islands/names'
import { href, INTEREST_SEGMENT, REPORT_SEGMENT } from '../../lib/paths'
import { activityEventsLd } from '../structuredData'

export interface ActivityPageProps {
  activity: Activity
  holidays: SchoolHoliday[]
  now: Date
  report?: ReportState
  interest?: InterestState
  /** "Een volgende stap" (on the listing's own page, not on a form's answer or a preview). */
  related?: RelatedProps
  /** A professional reads: offer "Verwijs een cliënt". */
  refer?: boolean
}

/** The side column: where, accessibility, contact, the professional's panel and the report form. */
const ActivityAside = ({
  activity: a,
  venue,
  organisation,
  report,
  refer,
}: {
  activity: Activity
  venue?: Venue
  organisation?: Organisation
  report?: ReportState
  refer?: boolean
}) => {
  const { t, locale } = usePage()
  return (
    <div>
      <Panel id="where" title={t('detail.where')}>
        {a.locationKind === 'online' ? <p>{t('card.online')}</p> : null}
        {venue ? <VenueSummary venue={venue} /> : null}
        {a.locationNote ? <p>{a.locationNote}</p> : null}
      </Panel>
      <Panel id="access" title={t('detail.accessibility')}>
        <AccessibilityList venue={venue} listing={a.accessibility} />
      </Panel>
      <Panel id="contact" title={t('detail.contact')}>
        <ContactFacts contact={a.contact} />
        {!a.contact?.email && !a.contact?.phone && organisation ? (
          <ContactFacts contact={organisation.contact} />
        ) : null}
      </Panel>
      <ProfessionalPanel professional={a.professional} />
      <ShortlistToggle collection="activities" id={a.id} long />
      {refer ? <ReferPanel kind="activity" slug={a.slug} organisation={organisation} /> : null}
      {a.slug ? (
        <ReportForm
          action={`${href(locale, 'activity', a.slug)}/${REPORT_SEGMENT[locale]}`}
          state={report}
        />
      ) : null}
    </div>
  )
}

/** An activity: when (in words and the next dates), add to calendar, where, cost, access, contact. */
export const ActivityPage = ({
  activity: a,
  holidays,
  now,
  report,
  interest,
  related,
  refer,
}: ActivityPageProps) => {
  const { t, locale, canonical } = usePage()
  const venue = populated<Venue>(a.venue)
  const organisation = populated<Organisation>(a.organisation)
  return (
    <Layout
      readAloud
      title={a.title}
      description={a.summary}
      jsonLd={activityEventsLd(a, canonical, holidays, now)}
    >
      <p className="breadcrumbs" {...marked(Marker.readAloudSkip)}>
        <a href={href(locale, 'search', undefined, 'kind=activity')}>{t('home.join')}</a>
      </p>
      <p className="card-kind">{kindLabel(a, locale, t)}</p>
      <h1>{a.title}</h1>
      <p className="lead">{a.summary}</p>
      {a.signUp === 'sign_up' && a.slug ? <JumpToInterest kind="activity" /> : null}
      <Badges items={badgesOf(a, locale, t)} />
      <Photos items={a.photos} />
      <div className="detail">
        <div>
          <ActivityWhen activity={a} holidays={holidays} now={now} />
          {descriptionAfter(a.description, a.summary) ? (
            <p className="prose">{descriptionAfter(a.description, a.summary)}</p>
          ) : null}
          <ActivityFacts activity={a} organisation={organisation} />
          {a.signUp === 'sign_up' && a.slug && organisation ? (
            <InterestForm
              action={`${href(locale, 'activity', a.slug)}/${INTEREST_SEGMENT[locale]}`}
              kind="activity"
              organisation={organisation.name}
              open
              state={interest}
            />
          ) : null}
        </div>
        <ActivityAside
          activity={a}
          venue={venue}
          organisation={organisation}
          report={report}
          refer={refer}
        />
      </div>
      {related ? <RelatedListings {...related} /> : null}
    </Layout>
  )
}
