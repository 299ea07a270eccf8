import { LANGUAGES, LOW_THRESHOLD, TARGET_GROUPS } from '../../lib/vocabulary'
import {
  describeSchedule,
  formatOccurrence,
  nextOccurrences,
  scheduleFromFields,
  type SchoolHoliday,
} from '../../lib/schedule'
import type { Activity, Organisation, Theme } from '../../payload-types'
import { usePage } from '../context'
import { formatDay, formatNumber, type Locale } from '../i18n'
import { href } from '../../lib/paths'
import { Facts, OrganisationLink, Panel } from './Detail'
import { optionLabel, rungsOf } from './listingView'
import { populated } from './populated'

type T = ReturnType<typeof usePage>['t']

/** The ages it is for: a range, a lower or an upper bound, or none. */
const ages = (a: Activity, t: T) => {
  if (a.ageMin != null && a.ageMax != null)
    return t('detail.agesRange', { min: a.ageMin, max: a.ageMax })
  if (a.ageMin != null) return t('detail.agesFrom', { min: a.ageMin })
  if (a.ageMax != null) return t('detail.agesTo', { max: a.ageMax })
  return null
}

/** Free, an amount, or pay what you can. */
export const costOf = (a: Activity, t: T, locale: Locale) =>
  a.cost?.kind === 'free'
    ? t('detail.costFree')
    : a.cost?.kind === 'amount'
      ? t('detail.costAmount', { amount: formatNumber(a.cost.amount ?? 0, locale, 2) })
      : t('detail.costPayWhatYouCan')

/** The activity's themes by name in the page's language, comma-separated. */
const themesOf = (a: Activity, locale: Locale) =>
  (a.themes ?? [])
    .map((x) => populated<Theme>(x))
    .map((x) => (locale === 'en' && x?.nameEn ? x.nameEn : x?.name))
    .filter(Boolean)
    .join(', ')

/** "Wanneer": the schedule in words, the next dates and a link to add them to a calendar. */
export const ActivityWhen = ({
  activity: a,
  holidays,
  now,
}: {
  activity: Activity
  holidays: SchoolHoliday[]
  now: Date
}) => {
  const { t, locale } = usePage()
  const schedule = scheduleFromFields(a.schedule)
  const next = nextOccurrences(schedule, { from: now, count: 5, holidays })
  return (
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
  )
}

/** The activity's facts: cost, sign-up, ages, for whom, languages, themes, organisation, checked. */
export const ActivityFacts = ({
  activity: a,
  organisation,
}: {
  activity: Activity
  organisation?: Organisation
}) => {
  const { t, locale, professional = false } = usePage()
  const list = <V extends string>(
    options: Parameters<typeof optionLabel>[0],
    values: V[] | null | undefined,
  ) => (values?.length ? values.map((v) => optionLabel(options, v, locale)).join(', ') : null)
  return (
    <Facts
      rows={[
        [t('detail.cost'), costOf(a, t, locale)],
        [
          t('detail.signUp'),
          a.signUp === 'walk_in' ? t('detail.walkIn') : t('detail.signUpNeeded'),
        ],
        [t('detail.ages'), ages(a, t)],
        [t('detail.forWhom'), list(TARGET_GROUPS, a.targetGroups)],
        [t('detail.lowThreshold'), list(LOW_THRESHOLD, a.lowThreshold)],
        [t('detail.languages'), list(LANGUAGES, a.languages)],
        [t('results.themes'), themesOf(a, locale)],
        [t('detail.rungs'), rungsOf(a.ladderRungs, professional, locale)],
        [
          t('detail.organisation'),
          organisation ? <OrganisationLink organisation={organisation} /> : null,
        ],
        [t('detail.checkedOnLabel'), a.checkedOn ? formatDay(a.checkedOn, locale) : null],
      ]}
    />
  )
}
