import { OPENING_SUPPORT } from '../../lib/vocabulary'
import { TARGET_GROUPS } from '../../lib/vocabulary'
import { LADDER_RUNGS } from '../../lib/vocabulary'
import type { Opening, Organisation, Venue } from '../../payload-types'
import {
  AccessibilityList,
  Badges,
  ContactFacts,
  Facts,
  OrganisationLink,
  Panel,
  ProfessionalPanel,
  VenueSummary,
} from '../components/Detail'
import { Layout } from '../components/Layout'
import { Photos } from '../components/Photos'
import { InterestForm, type InterestState, JumpToInterest } from '../components/InterestForm'
import { ReportForm, type ReportState } from '../components/ReportForm'
import {
  badgesOf,
  descriptionAfter,
  hoursOf,
  kindLabel,
  optionLabel,
} from '../components/listingView'
import { populated } from '../components/populated'
import { usePage } from '../context'
import { formatDay } from '../i18n'
import { href, INTEREST_SEGMENT, REPORT_SEGMENT } from '../../lib/paths'
import { jobPostingLd } from '../structuredData'

/** An opening: what you do, support, hours, places left and how to apply. */
export const OpeningPage = ({
  opening: o,
  report,
  interest,
}: {
  opening: Opening
  report?: ReportState
  interest?: InterestState
}) => {
  const { t, locale, canonical } = usePage()
  const venue = populated<Venue>(o.venue)
  const organisation = populated<Organisation>(o.organisation)
  const days = t('day', { returnObjects: true }) as string[]
  const list = (options: Parameters<typeof optionLabel>[0], values: string[] | null | undefined) =>
    values?.length ? values.map((v) => optionLabel(options, v, locale)).join(', ') : null
  const status = {
    open: t('detail.statusOpen'),
    full: t('detail.statusFull'),
    closed: t('detail.statusClosed'),
  }[o.status]
  const places =
    o.placesAvailable != null && o.placesTotal
      ? t('detail.placesLeft', { available: o.placesAvailable, total: o.placesTotal })
      : o.placesAvailable != null
        ? t('card.placesLeft', { count: o.placesAvailable })
        : null
  return (
    <Layout title={o.title} description={o.summary} jsonLd={[jobPostingLd(o, canonical)]}>
      <p className="breadcrumbs">
        <a href={href(locale, 'search', undefined, `kind=${o.kind}`)}>{kindLabel(o, locale, t)}</a>
      </p>
      <h1>{o.title}</h1>
      <p className="lead">{o.summary}</p>
      {o.status === 'open' && o.slug ? <JumpToInterest kind="opening" /> : null}
      <Badges items={badgesOf(o, locale, t)} />
      <Photos items={o.photos} />
      <div className="detail">
        <div>
          {descriptionAfter(o.description, o.summary) ? (
            <Panel id="what" title={t('detail.whatYouDo')}>
              <p className="prose">{descriptionAfter(o.description, o.summary)}</p>
            </Panel>
          ) : null}
          <Facts
            rows={[
              [t('detail.status'), status],
              [t('detail.hours'), hoursOf(o, t)],
              [
                t('detail.days'),
                o.days?.length ? o.days.map((d) => days[Number(d) - 1]).join(', ') : null,
              ],
              [t('detail.places'), places],
              [t('detail.support'), list(OPENING_SUPPORT, o.support)],
              [t('detail.learn'), o.whatYouLearn],
              [t('detail.certificate'), o.certificate],
              [t('detail.requirements'), o.requirements],
              [t('detail.forWhom'), list(TARGET_GROUPS, o.targetGroups)],
              [t('detail.rungs'), list(LADDER_RUNGS, o.ladderRungs)],
              [
                t('detail.organisation'),
                organisation ? <OrganisationLink organisation={organisation} /> : null,
              ],
              [t('detail.checkedOnLabel'), o.checkedOn ? formatDay(o.checkedOn, locale) : null],
            ]}
          />
          <Panel id="apply" title={t('detail.howToApply')}>
            {o.validThrough ? (
              <p>{t('detail.validThrough', { date: formatDay(o.validThrough, locale) })}</p>
            ) : null}
            {o.howToApply ? <p className="prose">{o.howToApply}</p> : null}
            <ContactFacts contact={o.contact} />
            {!o.contact?.email && !o.contact?.phone && organisation ? (
              <ContactFacts contact={organisation.contact} />
            ) : null}
          </Panel>
          {o.slug && organisation ? (
            <InterestForm
              action={`${href(locale, 'opening', o.slug)}/${INTEREST_SEGMENT[locale]}`}
              kind="opening"
              organisation={organisation.name}
              open={o.status === 'open'}
              state={interest}
            />
          ) : null}
        </div>
        <div>
          {venue ? (
            <>
              <Panel id="where" title={t('detail.where')}>
                <VenueSummary venue={venue} />
              </Panel>
              <Panel id="access" title={t('detail.accessibility')}>
                <AccessibilityList venue={venue} />
              </Panel>
            </>
          ) : null}
          <ProfessionalPanel professional={o.professional} />
          {o.slug ? (
            <ReportForm
              action={`${href(locale, 'opening', o.slug)}/${REPORT_SEGMENT[locale]}`}
              state={report}
            />
          ) : null}
        </div>
      </div>
    </Layout>
  )
}
