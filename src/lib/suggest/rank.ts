import type { IndexDoc } from '../search/types'
import type { ListingKind, PartOfDay } from '../vocabulary'
import { type Answers, hasPlace, type Help, WANT_KINDS, type Want, WANTS } from './answers'

/** A listing the search found for the hard answers, with its index row and distance. */
export interface Candidate {
  doc: IndexDoc
  distanceKm?: number
}

/**
 * Why a suggestion fits, each true of the listing: the page words them ("Je wilt mensen
 * ontmoeten", "Over Taal", "Maatje mag mee", "Op dinsdag", "1,2 km van Haren", …).
 */
export type Reason =
  | { kind: 'want'; want: Want; listingKind: ListingKind }
  | { kind: 'themes'; themes: string[] }
  | { kind: 'help'; help: Help[] }
  | { kind: 'days'; days: number[] }
  | { kind: 'parts'; parts: PartOfDay[] }
  | { kind: 'distance'; km: number; from: 'postcode' | 'location' }
  | { kind: 'age'; min: number | null; max: number | null }

export interface Suggestion extends Candidate {
  score: number
  reasons: Reason[]
}

/** The kinds of place the wishes look for (no wish: every kind). */
export const wantedKinds = (want: readonly Want[]): ListingKind[] | undefined =>
  want.length ? [...new Set(want.flatMap((w) => WANT_KINDS[w]))] : undefined

/**
 * The hard answers: within the distance, on one of the days and parts of the day, for the age.
 * A listing without days or times does not fit a "when" answer: we would not know it does.
 */
export const fitsHard = (a: Answers, c: Candidate): boolean => {
  const d = c.doc
  const kinds = wantedKinds(a.want)
  if (kinds && !kinds.includes(d.kind)) return false
  if (hasPlace(a) && (c.distanceKm === undefined || c.distanceKm > a.radiusKm)) return false
  if (a.days.length && !a.days.some((day) => d.weekdays.includes(day))) return false
  if (a.parts.length && !a.parts.some((p) => d.partsOfDay.includes(p))) return false
  if (a.age !== undefined && ((d.ageMin ?? 0) > a.age || (d.ageMax ?? 200) < a.age)) return false
  return true
}

const hasHelp = (d: IndexDoc, h: Help): boolean =>
  h === 'walk_in' ? d.walkIn : h === 'free' ? d.free : (d.help ?? []).includes(h)

/** Every reason that holds for this listing and these answers, most telling first. */
const reasonsFor = (a: Answers, c: Candidate): Reason[] => {
  const d = c.doc
  const reasons: Reason[] = []
  const want = WANTS.find((w) => a.want.includes(w) && WANT_KINDS[w].includes(d.kind))
  if (want) reasons.push({ kind: 'want', want, listingKind: d.kind })
  const themes = a.themes.filter((t) => d.themes.includes(t))
  if (themes.length) reasons.push({ kind: 'themes', themes })
  const help = a.help.filter((h) => hasHelp(d, h))
  if (help.length) reasons.push({ kind: 'help', help })
  const days = a.days.filter((day) => d.weekdays.includes(day))
  if (days.length) reasons.push({ kind: 'days', days })
  const parts = a.parts.filter((p) => d.partsOfDay.includes(p))
  if (parts.length) reasons.push({ kind: 'parts', parts })
  if (hasPlace(a) && c.distanceKm !== undefined)
    reasons.push({ kind: 'distance', km: c.distanceKm, from: a.postcode ? 'postcode' : 'location' })
  if (a.age !== undefined && (d.ageMin !== null || d.ageMax !== null))
    reasons.push({ kind: 'age', min: d.ageMin, max: d.ageMax })
  return reasons
}

/**
 * Ranks what fits the hard answers by the soft ones: a matching theme weighs most, then each
 * thing that helps, then the wish; nearer and sooner break ties. Listings that do not fit the
 * hard answers are left out, whatever the search returned.
 */
export const rankSuggestions = (a: Answers, candidates: Candidate[], limit = 10): Suggestion[] =>
  candidates
    .filter((c) => fitsHard(a, c))
    .map((c) => {
      const reasons = reasonsFor(a, c)
      const themes = reasons.find((r) => r.kind === 'themes')?.themes.length ?? 0
      const help = reasons.find((r) => r.kind === 'help')?.help.length ?? 0
      const closeness =
        hasPlace(a) && c.distanceKm !== undefined ? 1 - c.distanceKm / a.radiusKm : 0
      const score = themes * 3 + help * 2 + (reasons[0]?.kind === 'want' ? 1 : 0) + closeness
      return { ...c, reasons, score }
    })
    .sort(
      (x, y) =>
        y.score - x.score ||
        (x.doc.nextStart ?? '~').localeCompare(y.doc.nextStart ?? '~') ||
        x.doc.title.localeCompare(y.doc.title, 'nl'),
    )
    .slice(0, limit)
