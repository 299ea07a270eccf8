import type { Activity } from '../../../payload-types'
import {
  label,
  LADDER_RUNGS,
  LISTING_KINDS,
  LOW_THRESHOLD,
  OPENING_KINDS,
  type Label,
  type ListingKind,
} from '../../vocabulary'

/**
 * The closed value sets of the Meedoen profile's own fields, taken from the directory's words
 * (src/lib/vocabulary.ts), so that the profile's patch and the API's answers cannot drift apart.
 */
export interface Term<T extends string = string> {
  value: T
  label: Label
}

const ACTIVITY = label('Activiteit', 'Activity')

/** What a listing is: an activity, or one of the kinds of opening (in the search index's order). */
export const KIND_TERMS: readonly Term<ListingKind>[] = LISTING_KINDS.map((value) => ({
  value,
  label:
    value === 'activity' ? ACTIVITY : OPENING_KINDS.find((kind) => kind.value === value)!.label,
}))

type LocationKind = NonNullable<Activity['locationKind']>

/**
 * Where an activity happens (the activity's `locationKind`). Its options are written in the
 * collection (collections/Activities/fields.ts); tests/unit/hsds/profile.test.ts holds these to
 * them, and the compiler to the stored type.
 */
export const LOCATION_KIND_TERMS = [
  { value: 'venue', label: label('Op een locatie', 'At a venue') },
  { value: 'outdoor', label: label('Buiten', 'Outdoors') },
  { value: 'online', label: label('Online', 'Online') },
] as const satisfies readonly Term<LocationKind>[]
// A kind the collection stores that is not listed here fails the type check.
const _everyLocationKind: [
  Exclude<LocationKind, (typeof LOCATION_KIND_TERMS)[number]['value']>,
] extends [never]
  ? true
  : never = true

/** The low-threshold facets (`lowThreshold`), in the vocabulary's order. */
export const LOW_THRESHOLD_TERMS: readonly Term[] = LOW_THRESHOLD

/** "3 · Deelname aan …" → "Deelname aan …": the rung's number is given on its own. */
const withoutNumber = (text: string) => text.replace(/^\d+\s*·\s*/, '')

/** The rungs of the participation ladder (participatieladder), 1 to 6, with their labels. */
export const LADDER_TERMS: readonly { rung: number; label: Label }[] = LADDER_RUNGS.map((r) => ({
  rung: Number(r.value),
  label: label(withoutNumber(r.label.nl), withoutNumber(r.label.en)),
}))

/** "`value` English (Dutch)", each term of a set, for a field's description. */
export const describeTerms = (terms: readonly Term[]): string =>
  terms.map((t) => `\`${t.value}\` ${t.label.en} (${t.label.nl})`).join('; ')
