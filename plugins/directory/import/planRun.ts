import type { PayloadRequest } from 'payload'

import {
  getUserOrganisationIDs,
  relationID,
} from '../../../collections/access/getUserOrganisationIDs'
import { isEditorUser } from '../../../collections/access/roles'
import { IMPORT_COLUMNS, type ImportKind } from '../../../src/lib/import/columns'
import { type FileProblem, isFileProblem, type Table } from '../../../src/lib/import/file'
import type { Mapping } from '../../../src/lib/import/mapping'
import { type PlannedRow, planRows } from '../../../src/lib/import/plan'
import { readRows } from '../../../src/lib/import/rows'
import type { ImportRun } from '../../../src/payload-types'
import { loadLookups } from './lookups'
import { readRunTable } from './sheet'

export interface RunPlan {
  table: Table
  mapping: Mapping
  rows: PlannedRow[]
}

/** The run's mapping, or a new one, kept to the sheet's columns and our keys. */
export const validMapping = (
  kind: ImportKind,
  headers: string[],
  wanted: unknown,
): Mapping | null => {
  if (!Array.isArray(wanted) || wanted.length !== headers.length) return null
  const keys = new Set(IMPORT_COLUMNS[kind].map((c) => c.key))
  const seen = new Set<string>()
  for (const key of wanted) {
    if (key === null) continue
    if (typeof key !== 'string' || !keys.has(key) || seen.has(key)) return null
    seen.add(key)
  }
  return wanted as Mapping
}

/**
 * The dry run of a run, as its user (`req.user`) may do it: the stored file read with the
 * mapping, each row planned against what is in Meedoen now. Run again right before importing,
 * so what is imported is what is there at that moment.
 */
export const planRun = async (
  req: PayloadRequest,
  run: ImportRun,
  mapping?: Mapping,
): Promise<RunPlan | FileProblem> => {
  const table = await readRunTable(req.payload, run)
  if (isFileProblem(table)) return table
  const kind = run.kind
  const used =
    mapping ?? validMapping(kind, table.headers, run.mapping) ?? table.headers.map(() => null)
  const rows = readRows(table, used, kind)
  const lookups = await loadLookups(req, kind, run.source, rows)
  const user = req.user
  const own = getUserOrganisationIDs(user)
  const defaultOrganisation = relationID(run.organisation)
  const columnName = (key: string) => {
    const i = used.indexOf(key)
    return i >= 0
      ? table.headers[i]!
      : (IMPORT_COLUMNS[kind].find((c) => c.key === key)?.label.nl ?? key)
  }
  const planned = planRows(
    rows,
    lookups,
    {
      kind,
      source: run.source,
      organisations: isEditorUser(user) ? 'any' : own,
      ...(defaultOrganisation !== undefined ? { defaultOrganisation } : {}),
    },
    columnName,
  )
  return { table, mapping: used, rows: planned }
}
