import type { TFunction } from 'i18next'

import type { Taxonomy } from '../../data/search'
import type { SuggestionFound } from '../../data/suggestions'
import type { SchoolHoliday } from '../../lib/schedule'
import {
  type Answers,
  answersToParams,
  hasPlace,
  RADII,
  RESULTS_STEP,
} from '../../lib/suggest/answers'
import type { Reason } from '../../lib/suggest/rank'
import { href } from '../../lib/paths'
import { AGE_BANDS } from '../../lib/vocabulary'
import { usePage } from '../context'
import { formatList, formatNumber, type Locale } from '../i18n'
import { ListingCard } from './ListingCard'
import { cardProps, nextOf } from './listingView'

/** One reason in words (what helps: one line per thing); each says a fact of the listing that the answers asked for. */
const reasonLines = (r: Reason, themes: Taxonomy[], t: TFunction, locale: Locale): string[] => {
  switch (r.kind) {
    case 'want':
      return [t('suggest.reason.want', { want: t(`suggest.want.${r.want}`).toLowerCase() })]
    case 'themes': {
      const names = r.themes.map((id) => themes.find((x) => x.id === id)?.name ?? id)
      return [t('suggest.reason.themes', { themes: formatList(names, locale) })]
    }
    case 'help':
      return r.help.map((h) => t(`suggest.fact.${h}`))
    case 'days': {
      const names = t('day', { returnObjects: true }) as string[]
      return [
        t('suggest.reason.days', {
          days: formatList(
            r.days.map((d) => names[d - 1]!),
            locale,
          ),
        }),
      ]
    }
    case 'parts': {
      const parts = r.parts.map((p) => t(`part.${p}`).toLowerCase())
      return [t('suggest.reason.parts', { parts: formatList(parts, locale) })]
    }
    case 'distance':
      return [
        t(r.from === 'postcode' ? 'suggest.reason.distance' : 'suggest.reason.distanceHere', {
          km: formatNumber(r.km, locale),
        }),
      ]
    case 'age': {
      const range =
        r.min !== null && r.max !== null
          ? `${r.min}–${r.max}`
          : r.min !== null
            ? `${r.min}+`
            : `≤ ${r.max}`
      return [t('suggest.reason.ageRange', { range })]
    }
  }
}

/** Ways to see more when few fit: each drops or widens one hard answer. */
const widenings = (a: Answers): { key: string; answers: Answers; km?: number }[] => {
  const wider = RADII.find((km) => km > a.radiusKm)
  return [
    ...(hasPlace(a) && wider
      ? [{ key: 'radius', answers: { ...a, radiusKm: wider }, km: wider }]
      : []),
    ...(a.days.length || a.parts.length
      ? [{ key: 'days', answers: { ...a, days: [], parts: [] } }]
      : []),
    ...(a.age !== undefined ? [{ key: 'age', answers: { ...a, age: undefined } }] : []),
    ...(a.want.length ? [{ key: 'want', answers: { ...a, want: [] } }] : []),
  ]
}

/** The same question in the search page's own terms, for "Zoek zelf verder". */
const searchParams = (a: Answers): URLSearchParams => {
  const p = new URLSearchParams()
  for (const d of a.days) p.append('day', String(d))
  for (const part of a.parts) p.append('part', part)
  if (a.postcode) p.set('postcode', a.postcode)
  else if (a.location) {
    p.set('lat', a.location.lat.toFixed(5))
    p.set('lon', a.location.lon.toFixed(5))
  }
  if (hasPlace(a)) p.set('radius', String(a.radiusKm))
  for (const h of a.help)
    if (h === 'walk_in') p.set('walkIn', 'true')
    else if (h === 'free') p.set('free', 'true')
    else p.append('help', h)
  const band =
    a.age === undefined ? undefined : AGE_BANDS.find((b) => a.age! >= b.min && a.age! <= b.max)
  if (band) p.set('ageBand', band.value)
  return p
}

/** "Wil je meer zien?": when few fit, links that each widen one hard answer. */
const Widen = ({ answers }: { answers: Answers }) => {
  const { t, locale } = usePage()
  if (!widenings(answers).length) return null
  return (
    <section aria-labelledby="widen">
      <h2 id="widen">{t('suggest.widenTitle')}</h2>
      <ul>
        {widenings(answers).map((w) => {
          const p = answersToParams(w.answers)
          p.set('step', String(RESULTS_STEP))
          return (
            <li key={w.key}>
              <a href={href(locale, 'suggest', undefined, p)}>
                {t(`suggest.widen.${w.key}`, { km: w.km })}
              </a>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

export interface SuggestResultsProps {
  answers: Answers
  suggestions: SuggestionFound[]
  fitting: number
  themes: Taxonomy[]
  holidays: SchoolHoliday[]
  now: Date
}

/** The suggestions, each with "Waarom dit bij je past", and ways to widen or start again. */
export const SuggestResults = ({
  answers,
  suggestions,
  fitting,
  themes,
  holidays,
  now,
}: SuggestResultsProps) => {
  const { t, locale } = usePage()
  return (
    <>
      <h1>{t('suggest.resultsTitle')}</h1>
      <p className="lead" role="status">
        {fitting ? t('suggest.resultsLead', { count: fitting }) : t('suggest.none')}
      </p>
      {suggestions.length ? (
        <ul className="cards">
          {suggestions.map((s) => (
            <ListingCard
              key={`${s.listing.hit.collection}-${s.listing.hit.id}`}
              {...cardProps(s.listing.doc, s.listing.hit.collection, {
                locale,
                t,
                distanceKm: s.distanceKm,
                origin: s.listing.origin,
                ...nextOf(s.listing, holidays, now),
              })}
            >
              <div className="why">
                <p className="why-title">{t('suggest.why')}</p>
                <ul>
                  {s.reasons
                    .flatMap((r) => reasonLines(r, themes, t, locale))
                    .map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                </ul>
              </div>
            </ListingCard>
          ))}
        </ul>
      ) : null}
      {fitting < 5 ? <Widen answers={answers} /> : null}
      <p>
        <a href={href(locale, 'search', undefined, searchParams(answers))}>
          {t('suggest.allResults')}
        </a>
      </p>
      <p>
        <a href={href(locale, 'suggest')}>{t('suggest.again')}</a>
      </p>
    </>
  )
}
