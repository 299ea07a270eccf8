import { keepsWaitingList } from '../../data/contact'
import type { Opening, Organisation, Venue } from '../../payload-types'
import { Badges, Panel, ProfessionalPanel, VenueSummary } from '../components/Detail'
import { Layout } from '../components/Layout'
import { ReferPanel } from '../components/ReferralForm'
import { ShortlistToggle } from '../components/ShortlistToggle'
import { RelatedListings, type RelatedProps } from '../components/RelatedListings'
import { HowToApply, OpeningFacts } from '../components/OpeningDetail'
import { Photos } from '../components/Photos'
import { InterestForm, type InterestState, JumpToInterest } from '../components/InterestForm'
import { ReportForm, type ReportState } from '../components/ReportForm'
import { badgesOf, descriptionAfter, kindLabel } from '../components/listingView'
import { populated } from '../components/populated'
import { AccessibilityList } from '../components/AccessibilityList'
import { usePage } from '../context'
import { Marker, marked } from '../islands/names'
import { href, INTEREST_SEGMENT, REPORT_SEGMENT } from '../../lib/paths'
import { jobPostingLd } from '../structuredData'

/** The side column: where and its accessibility, the professional's panel and the report form. */
const OpeningAside = ({
  opening: o,
  venue,
  organisation,
  report,
  refer,
}: {
  opening: Opening
  venue?: Venue
  organisation?: Organisation
  report?: ReportState
  refer?: boolean
}) => {
  const { t, locale } = usePage()
  return (
    <div>
      {venue ? (
        <>
          <Panel id="where" title={t('detail.where')}>
            <VenueSummary venue={venue} />
          </Panel>
        </>
      ) : null}
      <Panel id="access" title={t('detail.accessibility')}>
        <AccessibilityList venue={venue} listing={o.accessibility} />
      </Panel>
      <ProfessionalPanel professional={o.professional} />
      <ShortlistToggle collection="openings" id={o.id} long />
      {refer ? <ReferPanel kind="opening" slug={o.slug} organisation={organisation} /> : null}
      {o.slug ? (
        <ReportForm
          action={`${href(locale, 'opening', o.slug)}/${REPORT_SEGMENT[locale]}`}
          state={report}
        />
      ) : null}
    </div>
  )
}

export interface OpeningPageProps {
  opening: Opening
  report?: ReportState
  interest?: InterestState
  /** "Een volgende stap", or places like it when it is full. */
  related?: RelatedProps
  /** A professional reads an open opening: offer "Verwijs een cliënt". */
  refer?: boolean
}

/** An opening: what you do, support, hours, places left and how to apply. */
export const OpeningPage = ({ opening: o, report, interest, related, refer }: OpeningPageProps) => {
  const { t, locale, canonical } = usePage()
  const venue = populated<Venue>(o.venue)
  const organisation = populated<Organisation>(o.organisation)
  const waitlist = keepsWaitingList(o)
  return (
    <Layout readAloud title={o.title} description={o.summary} jsonLd={[jobPostingLd(o, canonical)]}>
      <p className="breadcrumbs" {...marked(Marker.readAloudSkip)}>
        <a href={href(locale, 'search', undefined, `kind=${o.kind}`)}>{kindLabel(o, locale, t)}</a>
      </p>
      <h1>{o.title}</h1>
      <p className="lead">{o.summary}</p>
      {(o.status === 'open' || waitlist) && o.slug ? (
        <JumpToInterest kind="opening" waitlist={waitlist} />
      ) : null}
      <Badges items={badgesOf(o, locale, t)} />
      <Photos items={o.photos} />
      <div className="detail">
        <div>
          {descriptionAfter(o.description, o.summary) ? (
            <Panel id="what" title={t('detail.whatYouDo')}>
              <p className="prose">{descriptionAfter(o.description, o.summary)}</p>
            </Panel>
          ) : null}
          <OpeningFacts opening={o} organisation={organisation} />
          <HowToApply opening={o} organisation={organisation} />
          {o.slug && organisation ? (
            <InterestForm
              action={`${href(locale, 'opening', o.slug)}/${INTEREST_SEGMENT[locale]}`}
              kind="opening"
              organisation={organisation.name}
              open={o.status === 'open'}
              waitlist={waitlist}
              state={interest}
            />
          ) : null}
        </div>
        <OpeningAside
          opening={o}
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
