import slugify from '@sindresorhus/slugify'

import { fold } from '../../geo/fold'
import type { Label } from '../../vocabulary'
import type { ImportRow } from '../rows'
import { changedFields } from './compare'
import {
  indexNames,
  type NameIndex,
  resolveOrganisation,
  resolveThemes,
  resolveVenue,
} from './refs'
import type { ExistingRecord, ID, ImportScope, Lookups, PlannedRow } from './types'

export type { ExistingRecord, ID, ImportScope, Lookups, PlannedRow } from './types'

/** How a row finds the record it is: the source's id, then the KvK number, then the slug. */
const matchKeys = (scope: ImportScope, row: ImportRow, organisation: ID | undefined) => {
  const keys: string[] = []
  if (row.match.externalId) keys.push(`ext:${fold(row.match.externalId)}`)
  if (row.match.kvkNumber) keys.push(`kvk:${row.match.kvkNumber}`)
  const name = (row.data.title ?? row.data.name) as string | undefined
  const slug = name ? slugify(name) : ''
  // A listing's slug is only the same listing within its organisation; a venue's, within one of its own.
  if (slug)
    keys.push(
      scope.kind === 'organisations' ? `slug:${slug}` : `slug:${slug}@${String(organisation)}`,
    )
  return keys
}

const indexExisting = (scope: ImportScope, existing: ExistingRecord[]) => {
  const byKey = new Map<string, ExistingRecord>()
  const source = fold(scope.source)
  const add = (key: string, record: ExistingRecord) => {
    if (!byKey.has(key)) byKey.set(key, record)
  }
  for (const record of existing) {
    if (record.externalId && fold(record.externalSource ?? '') === source)
      add(`ext:${fold(record.externalId)}`, record)
    if (record.kvkNumber) add(`kvk:${record.kvkNumber}`, record)
    if (record.slug) {
      if (scope.kind === 'organisations') add(`slug:${record.slug}`, record)
      for (const org of record.organisations) add(`slug:${record.slug}@${String(org)}`, record)
    }
  }
  return byKey
}

/** Names of the row's organisation, venue and themes as ids into `data`; its organisation's id. */
const resolveRefs = (
  row: ImportRow,
  data: Record<string, unknown>,
  names: NameIndex,
  scope: ImportScope,
  problem: (key: string, text: Label, expected?: Label) => void,
): ID | undefined => {
  if (scope.kind === 'organisations') {
    if (scope.organisations !== 'any')
      problem('name', {
        nl: 'Organisaties importeren kan alleen de redactie.',
        en: 'Only editors import organisations.',
      })
    return undefined
  }
  const organisation = resolveOrganisation(row, names, scope, problem)
  if (scope.kind === 'venues') {
    if (organisation !== undefined) data.organisations = [organisation]
    return organisation
  }
  if (organisation !== undefined) data.organisation = organisation
  const where = resolveVenue(row, names, organisation, scope.kind === 'activities', problem)
  if (where?.venue !== undefined) data.venue = where.venue
  if (scope.kind === 'activities' && where?.locationKind) data.locationKind = where.locationKind
  const themes = resolveThemes(row, names, problem)
  if (themes) data.themes = themes
  return organisation
}

/**
 * The dry run: what the import would do with each row — create, update (which fields),
 * nothing (unchanged), or not import it (its problems) — with names of organisations, venues
 * and themes turned into ids. Pure: the caller loads what `lookups` holds, as the user may read it.
 */
export const planRows = (
  rows: ImportRow[],
  lookups: Lookups,
  scope: ImportScope,
  columnName: (key: string) => string,
): PlannedRow[] => {
  const names = indexNames(lookups)
  const existing = indexExisting(scope, lookups.existing)
  const seen = new Map<string, number>()
  return rows.map((row) => {
    const problems = [...row.problems]
    const problem = (key: string, text: Label, expected?: Label) =>
      problems.push({
        row: row.row,
        column: columnName(key),
        ...text,
        ...(expected ? { expected } : {}),
      })
    const data: Record<string, unknown> = { ...row.data }
    const organisation = resolveRefs(row, data, names, scope, problem)
    const keys = matchKeys(scope, row, organisation)
    const twice = keys.map((k) => seen.get(k)).find((n) => n !== undefined)
    if (twice !== undefined)
      problem(row.match.externalId ? 'externalId' : 'title', {
        nl: `Deze regel is dezelfde als regel ${twice}.`,
        en: `This row is the same as row ${twice}.`,
      })
    for (const k of keys) if (!seen.has(k)) seen.set(k, row.row)
    const label = (row.data.title ?? row.data.name ?? `#${row.row}`) as string
    const base = { row: row.row, label, problems, warnings: row.warnings }
    if (problems.length) return { ...base, action: 'invalid', data, changed: [] }
    if (row.match.externalId) {
      data.externalId = row.match.externalId
      data.externalSource = scope.source
    }
    const match = keys.map((k) => existing.get(k)).find(Boolean)
    // A new record says where it came from, so the import's report can list what it added.
    if (!match)
      return {
        ...base,
        action: 'create',
        data: { ...data, externalSource: scope.source },
        changed: [],
      }
    // A venue found by name keeps the organisations it has; the row's is added when missing.
    if (scope.kind === 'venues' && organisation !== undefined) {
      const own = match.organisations.map(String)
      data.organisations = own.includes(String(organisation))
        ? match.organisations
        : [...match.organisations, organisation]
    }
    // "sociale kaart haren" is the source stored as "Sociale kaart Haren": keep its spelling.
    if (data.externalSource && fold(match.externalSource ?? '') === fold(scope.source))
      data.externalSource = match.externalSource
    const changed = changedFields(match.values, data)
    return { ...base, id: match.id, action: changed.length ? 'update' : 'unchanged', data, changed }
  })
}

/** How many rows each action has. */
export const countActions = (rows: PlannedRow[]) => {
  const counts = { create: 0, update: 0, unchanged: 0, invalid: 0 }
  for (const r of rows) counts[r.action]++
  return counts
}
