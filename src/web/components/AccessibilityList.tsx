import { ACCESSIBILITY, DUTCH_NEEDED, type Label, YES_NO_UNKNOWN } from '../../lib/vocabulary'
import type { Activity, Venue } from '../../payload-types'
import { usePage } from '../context'
import { pick } from '../i18n'

type ListingAnswers = Activity['accessibility']

const answerLabel = (options: readonly { value: string; label: Label }[], value: unknown) =>
  options.find((o) => o.value === value)?.label

/**
 * What is known about access: the listing's own answers (a wheelchair or walker, how much Dutch),
 * the venue's facilities that are there, those that are not, and those not known yet — said
 * plainly, so a resident knows what to ask. Nothing known at all: "not known, ask".
 */
export const AccessibilityList = ({
  venue,
  listing,
}: {
  venue?: Venue | null
  listing?: ListingAnswers
}) => {
  const { t, locale } = usePage()
  const a = venue?.accessibility as
    (Record<string, unknown> & { notes?: string | null }) | undefined
  const names = (value: string) =>
    ACCESSIBILITY.filter((x) => a?.[x.name] === value).map((x) => pick(x.label, locale))
  const [present, absent, unknown] = [names('yes'), names('no'), names('unknown')]
  const own = (
    [
      [t('detail.accessWheelchair'), answerLabel(YES_NO_UNKNOWN, listing?.wheelchair)],
      [t('detail.accessDutch'), answerLabel(DUTCH_NEEDED, listing?.dutchNeeded)],
    ] as const
  ).filter(([, answer]) => answer && answer.nl !== 'Onbekend')
  if (!own.length && !present.length && !absent.length && !a?.notes)
    return <p>{t('detail.noAccessibility')}</p>
  return (
    <>
      {own.length || present.length ? (
        <ul>
          {own.map(([question, answer]) => (
            <li key={question}>
              {question}: {pick(answer!, locale).toLowerCase()}
            </li>
          ))}
          {present.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ) : null}
      {absent.length ? (
        <p>
          {t('detail.accessNo')}: {absent.join(', ').toLowerCase()}
        </p>
      ) : null}
      {unknown.length && venue ? (
        <p>
          {t('detail.accessUnknown')}: {unknown.join(', ').toLowerCase()}
        </p>
      ) : null}
      {a?.notes ? <p className="prose">{a.notes}</p> : null}
    </>
  )
}
