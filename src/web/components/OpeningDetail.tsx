import { OPENING_SUPPORT } from '../../lib/vocabulary'
import { TARGET_GROUPS } from '../../lib/vocabulary'
import type { Opening, Organisation } from '../../payload-types'
import { usePage } from '../context'
import { formatDay } from '../i18n'
import { ContactFacts, Facts, OrganisationLink, Panel } from './Detail'
import { hoursOf, optionLabel, rungsOf } from './listingView'

type T = ReturnType<typeof usePage>['t']

/** "5 of 8 places left", or only how many are left when the total is not known. */
const placesOf = (o: Opening, t: T) =>
  o.placesAvailable != null && o.placesTotal
    ? t('detail.placesLeft', { available: o.placesAvailable, total: o.placesTotal })
    : o.placesAvailable != null
      ? t('card.placesLeft', { count: o.placesAvailable })
      : null

/** The opening's facts: status, hours, days, places, support, what you learn, for whom, checked. */
export const OpeningFacts = ({
  opening: o,
  organisation,
}: {
  opening: Opening
  organisation?: Organisation
}) => {
  const { t, locale, professional = false } = usePage()
  const days = t('day', { returnObjects: true }) as string[]
  const list = (options: Parameters<typeof optionLabel>[0], values: string[] | null | undefined) =>
    values?.length ? values.map((v) => optionLabel(options, v, locale)).join(', ') : null
  const status = {
    open: t('detail.statusOpen'),
    full: t('detail.statusFull'),
    closed: t('detail.statusClosed'),
  }[o.status]
  return (
    <Facts
      rows={[
        [t('detail.status'), status],
        [t('detail.hours'), hoursOf(o, t)],
        [
          t('detail.days'),
          o.days?.length ? o.days.map((d) => days[Number(d) - 1]).join(', ') : null,
        ],
        [t('detail.places'), placesOf(o, t)],
        [t('detail.support'), list(OPENING_SUPPORT, o.support)],
        [t('detail.learn'), o.whatYouLearn],
        [t('detail.certificate'), o.certificate],
        [t('detail.requirements'), o.requirements],
        [t('detail.forWhom'), list(TARGET_GROUPS, o.targetGroups)],
        [t('detail.rungs'), rungsOf(o.ladderRungs, professional, locale)],
        [
          t('detail.organisation'),
          organisation ? <OrganisationLink organisation={organisation} /> : null,
        ],
        [t('detail.checkedOnLabel'), o.checkedOn ? formatDay(o.checkedOn, locale) : null],
      ]}
    />
  )
}

/** "Zo meld je je aan": until when, how, and whom to contact (the organisation's when none is set). */
export const HowToApply = ({
  opening: o,
  organisation,
}: {
  opening: Opening
  organisation?: Organisation
}) => {
  const { t, locale } = usePage()
  return (
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
  )
}
