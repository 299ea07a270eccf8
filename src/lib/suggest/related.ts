import type { IndexDoc, SearchQuery } from '../search/types'
import type { ListingKind } from '../vocabulary'

/**
 * Listings related to the one on the page. `next`: "Een volgende stap", one rung up the
 * participation ladder; `alike`: for a full opening, places of the same kind that may still
 * have room. Both prefer shared themes and nearness.
 */
export type Relation = 'next' | 'alike'

/** How far around the listing related ones are looked for. */
const RELATED_RADIUS_KM = 15

export type RelatedReason =
  | { kind: 'step'; rung: number }
  | { kind: 'alike'; listingKind: ListingKind }
  | { kind: 'themes'; themes: string[] }

/** The rung one above the listing's highest, when it has one below 6. */
const nextRung = (doc: IndexDoc): number | null => {
  if (!doc.rungs.length) return null
  const up = Math.max(...doc.rungs) + 1
  return up <= 6 ? up : null
}

/** The search for related listings (near the listing when it has a place), or none. */
export const relatedQuery = (doc: IndexDoc, relation: Relation): SearchQuery | null => {
  const rung = relation === 'next' ? nextRung(doc) : null
  if (relation === 'next' && rung === null) return null
  const near =
    doc.lat !== null && doc.lon !== null
      ? { lat: doc.lat, lon: doc.lon, radiusKm: RELATED_RADIUS_KM }
      : undefined
  return {
    ...(rung !== null ? { rungs: [rung] } : { kinds: [doc.kind] }),
    ...(near ? { near } : {}),
    sort: near ? 'distance' : 'soonest',
    pageSize: 30,
  }
}

/** Why another listing is related: each reason true of it. */
const relatedReasons = (doc: IndexDoc, other: IndexDoc, relation: Relation): RelatedReason[] => {
  const reasons: RelatedReason[] = []
  const rung = nextRung(doc)
  if (relation === 'next' && rung !== null && other.rungs.includes(rung))
    reasons.push({ kind: 'step', rung })
  if (relation === 'alike' && other.kind === doc.kind)
    reasons.push({ kind: 'alike', listingKind: other.kind })
  const themes = doc.themes.filter((t) => other.themes.includes(t))
  if (themes.length) reasons.push({ kind: 'themes', themes })
  return reasons
}

/**
 * The few to show, from the search's candidates (nearest or soonest first): never the listing
 * itself, only those the relation holds for, and those sharing a theme first (keeping the
 * search's order within each group).
 */
export const pickRelated = <C extends { doc: IndexDoc }>(
  doc: IndexDoc,
  candidates: C[],
  relation: Relation,
  limit = 3,
): (C & { reasons: RelatedReason[] })[] =>
  candidates
    .filter((c) => !(c.doc.collection === doc.collection && c.doc.id === doc.id))
    .map((c) => ({ ...c, reasons: relatedReasons(doc, c.doc, relation) }))
    .filter((c) => c.reasons.some((r) => r.kind === 'step' || r.kind === 'alike'))
    .map((c, order) => ({ c, order, shared: c.reasons.some((r) => r.kind === 'themes') }))
    .sort((x, y) => Number(y.shared) - Number(x.shared) || x.order - y.order)
    .slice(0, limit)
    .map((x) => x.c)
