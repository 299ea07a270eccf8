import { LISTING_KINDS, type ListingKind } from '../types'
import type { Dictionary } from './dictionary'
import type { TypedColumns } from './typedColumns'

/** What ListingIndex keeps of each listing beside its text: the row objects, and what filters read. */

/** Each kind's position in LISTING_KINDS (a row's kindIndex). */
export const KIND_INDEX = new Map<string, number>(LISTING_KINDS.map((k, i) => [k, i]))

/**
 * What the page and the map need of one listing beyond the columns, kept in memory (small:
 * at a million listings every byte here is a megabyte).
 */
export interface CachedRow {
  rowid: number
  /** Its key in the store (`activities/12`). */
  key: string
  kind: ListingKind
  /** Position of `kind` in LISTING_KINDS, for counting. */
  kindIndex: number
  title: string
  slug: string | null
  /** The theme and area codes (see Dictionary) that did not fit the columns' slots, when any. */
  themeCodes?: number[]
  areaCodes?: number[]
}

/** What filters and facet counts read: the columns, the dictionaries, and row objects for the rare overflow. */
export interface ColumnSource {
  themes: Dictionary
  areas: Dictionary
  columns: TypedColumns
  get(rowid: number): Pick<CachedRow, 'themeCodes' | 'areaCodes'> | undefined
}
