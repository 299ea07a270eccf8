import type { RelatedListing } from '../../data/related'
import type { Taxonomy } from '../../data/search'
import type { SchoolHoliday } from '../../lib/schedule'
import type { Relation, RelatedReason } from '../../lib/suggest/related'
import { OPENING_KINDS, rungLabel } from '../../lib/vocabulary'
import { usePage } from '../context'
import { formatList, pick } from '../i18n'
import { ListingCard } from './ListingCard'
import { cardProps, nextOf } from './listingView'

const useReasonText = (themes: Taxonomy[]) => {
  const { t, locale, professional = false } = usePage()
  return (r: RelatedReason): string => {
    switch (r.kind) {
      case 'step':
        return t('related.step', { step: pick(rungLabel(String(r.rung), professional), locale) })
      case 'alike': {
        const kind = OPENING_KINDS.find((k) => k.value === r.listingKind)
        return t('related.alike', {
          kind: kind ? pick(kind.label, locale).toLowerCase() : t('kind.activity').toLowerCase(),
        })
      }
      case 'themes':
        return t('related.themes', {
          themes: formatList(
            r.themes.map((id) => themes.find((x) => x.id === id)?.name ?? id),
            locale,
          ),
        })
    }
  }
}

/**
 * "Een volgende stap" below a listing, or for a full opening "Plekken zoals deze": a few
 * listings nearby, each with why it is related. Nothing to show: nothing rendered.
 */
export interface RelatedProps {
  relation: Relation
  related: RelatedListing[]
  themes: Taxonomy[]
  holidays: SchoolHoliday[]
  now: Date
}

export const RelatedListings = ({ relation, related, themes, holidays, now }: RelatedProps) => {
  const { t, locale } = usePage()
  const reasonText = useReasonText(themes)
  if (!related.length) return null
  const id = relation === 'next' ? 'volgende-stap' : 'zoals-deze'
  return (
    <section className="related" aria-labelledby={id}>
      <h2 id={id}>{relation === 'next' ? t('related.nextTitle') : t('related.alikeTitle')}</h2>
      <p>{relation === 'next' ? t('related.nextLead') : t('related.alikeLead')}</p>
      <ul className="cards">
        {related.map(({ listing, reasons }) => (
          <ListingCard
            key={`${listing.hit.collection}-${listing.hit.id}`}
            {...cardProps(listing.doc, listing.hit.collection, {
              locale,
              t,
              distanceKm: listing.hit.distanceKm,
              origin: listing.origin,
              ...nextOf(listing, holidays, now),
            })}
          >
            <div className="why">
              <p className="why-title">
                {relation === 'next' ? t('related.why') : t('related.whyAlike')}
              </p>
              <ul>
                {reasons.map((r) => (
                  <li key={r.kind}>{reasonText(r)}</li>
                ))}
              </ul>
            </div>
          </ListingCard>
        ))}
      </ul>
    </section>
  )
}
