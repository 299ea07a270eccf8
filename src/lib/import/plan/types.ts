import type { ImportKind } from '../columns'
import type { ImportRow } from '../rows'

export type ID = number | string

interface Named {
  id: ID
  name: string
}

/** A record already in Meedoen that a row may be: its match keys and its values as stored. */
export interface ExistingRecord {
  id: ID
  externalId?: string | null
  externalSource?: string | null
  kvkNumber?: string | null
  slug?: string | null
  /** A listing's organisation; a venue's organisations. */
  organisations: ID[]
  values: Record<string, unknown>
}

/** What the import looks names up in, as the importing user may read it. */
export interface Lookups {
  organisations: (Named & { kvkNumber?: string | null })[]
  venues: (Named & { organisations: ID[] })[]
  themes: (Named & { slug?: string | null })[]
  existing: ExistingRecord[]
}

export interface ImportScope {
  kind: ImportKind
  /** The run's source: external ids are matched within it. */
  source: string
  /** The organisations rows may belong to: any (editors), or the member's own. */
  organisations: 'any' | ID[]
  /** For rows that name no organisation. */
  defaultOrganisation?: ID
}

type RowAction = 'create' | 'update' | 'unchanged' | 'invalid'

/** One row as the import would store it, and what would happen to it. */
export interface PlannedRow {
  row: number
  /** The row's name or title, to show. */
  label: string
  action: RowAction
  /** The record it updates. */
  id?: ID
  /** The fields to write, references resolved to ids. */
  data: Record<string, unknown>
  /** For an update: the fields that differ from what is stored. */
  changed: string[]
  problems: ImportRow['problems']
  warnings: ImportRow['warnings']
}
