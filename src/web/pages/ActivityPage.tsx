import { LANGUAGES, LOW_THRESHOLD, TARGET_GROUPS } from '../../lib/vocabulary'
import { LADDER_RUNGS } from '../../lib/vocabulary'
import {
  describeSchedule,
  formatOccurrence,
  nextOccurrences,
  scheduleFromFields,
  type SchoolHoliday,
} from '../../lib/schedule'
import type { Activity, Organisation, Theme, Venue } from '../../payload-types'
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
import { badgesOf, descriptionAfter, kindLabel, optionLabel } from '../components/listingView'
import { populated } from '../components/populated'
import { usePage } from '../context'
import { formatDay, formatNumber } from '../i18n'
import { href, INTEREST_SEGMENT, REPORT_SEGMENT } from '../../lib/paths'
import { activityEventsLd } from '../structuredData'

export interface ActivityPageProps {
  activity: Activity
  holidays: SchoolHoliday[]
  now: Date
  report?: ReportState
  interest?: InterestState
}

const ages = (a: Activity, t: ReturnType<typeof usePage>['t']) => {
  if (a.ageMin != null && a.ageMax != null)
    return t('detail.agesRange', { min: a.ageMin, max: a.ageMax })
  if (a.ageMin != null) return t('detail.agesFrom', { min: a.ageMin })
  if (a.ageMax != null) return t('detail.agesTo', { max: a.ageMax })
  return null
}

/** An activity: when (in words and the next dates), add to calendar, where, cost, access, contact. */
export const ActivityPage = ({
  activity: a,
  holidays,
  now,
  report,
  interest,
}: ActivityPageProps) => {
  const { t, locale, canonical } = usePage()
  const schedule = scheduleFromFields(a.schedule)
  const next = nextOccurrences(schedule, { from: now, count: 5, holidays })
  const venue = populated<Venue>(a.venue)
  const organisation = populated<Organisation>(a.organisation)
  const list = <T extends string>(
    options: Parameters<typeof optionLabel>[0],
    values: T[] | null | undefined,
  ) => (values?.length ? values.map((v) => optionLabel(options, v, locale)).join(', ') : null)
  const cost =
    a.cost?.kind === 'free'
      ? t('detail.costFree')
      : a.cost?.kind === 'amount'
        ? t('detail.costAmount', { amount: formatNumber(a.cost.amount ?? 0, locale, 2) })
        : t('detail.costPayWhatYouCan')
  const themes = (a.themes ?? [])
    .map((x) => populated<Theme>(x))
    .map((x) => (locale === 'en' && x?.nameEn ? x.nameEn : x?.name))
    .filter(Boolean)
    .join(', ')
  return (
    <Layout
      title={a.title}
      description={a.summary}
      jsonLd={activityEventsLd(a, canonical, holidays, now)}
    >
      <p className="breadcrumbs">
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
          <Panel id="when" title={t('detail.when')}>
            <p>{describeSchedule(schedule, locale)}</p>
            <h3>{t('detail.nextDates')}</h3>
            {next.length ? (
              <ul className="dates">
                {next.map((o) => (
                  <li key={o.start}>
                    <time dateTime={o.start}>{formatOccurrence(o, locale)}</time>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('detail.noDates')}</p>
            )}
            {next.length && a.slug ? (
              <p>
                <a
                  className="utrecht-button utrecht-button--secondary-action calendar-link"
                  href={`${href(locale, 'activity', a.slug)}.ics`}
                  download
                >
                  {t('detail.addToCalendar')}
                </a>
                <br />
                <span className="field-hint">{t('detail.calendarHint')}</span>
              </p>
            ) : null}
          </Panel>
          {descriptionAfter(a.description, a.summary) ? (
            <p className="prose">{descriptionAfter(a.description, a.summary)}</p>
          ) : null}
          <Facts
            rows={[
              [t('detail.cost'), cost],
              [
                t('detail.signUp'),
                a.signUp === 'walk_in' ? t('detail.walkIn') : t('detail.signUpNeeded'),
              ],
              [t('detail.ages'), ages(a, t)],
              [t('detail.forWhom'), list(TARGET_GROUPS, a.targetGroups)],
              [t('detail.lowThreshold'), list(LOW_THRESHOLD, a.lowThreshold)],
              [t('detail.languages'), list(LANGUAGES, a.languages)],
              [t('results.themes'), themes],
              [t('detail.rungs'), list(LADDER_RUNGS, a.ladderRungs)],
              [
                t('detail.organisation'),
                organisation ? <OrganisationLink organisation={organisation} /> : null,
              ],
              [t('detail.checkedOnLabel'), a.checkedOn ? formatDay(a.checkedOn, locale) : null],
            ]}
          />
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
        <div>
          <Panel id="where" title={t('detail.where')}>
            {a.locationKind === 'online' ? <p>{t('card.online')}</p> : null}
            {venue ? <VenueSummary venue={venue} /> : null}
            {a.locationNote ? <p>{a.locationNote}</p> : null}
          </Panel>
          {venue ? (
            <Panel id="access" title={t('detail.accessibility')}>
              <AccessibilityList venue={venue} />
            </Panel>
          ) : null}
          <Panel id="contact" title={t('detail.contact')}>
            <ContactFacts contact={a.contact} />
            {!a.contact?.email && !a.contact?.phone && organisation ? (
              <ContactFacts contact={organisation.contact} />
            ) : null}
          </Panel>
          <ProfessionalPanel professional={a.professional} />
          {a.slug ? (
            <ReportForm
              action={`${href(locale, 'activity', a.slug)}/${REPORT_SEGMENT[locale]}`}
              state={report}
            />
          ) : null}
        </div>
      </div>
    </Layout>
  )
}
