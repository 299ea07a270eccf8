import fs from 'node:fs/promises'
import path from 'node:path'

import {
  type CollectionBeforeChangeHook,
  type Payload,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import {
  getUserOrganisationIDs,
  relationID,
} from '../../../collections/access/getUserOrganisationIDs'
import { isEditorUser } from '../../../collections/access/roles'
import { inLanguage } from '../../../collections/fields/inLanguage'
import type { ImportKind } from '../../../src/lib/import/columns'
import {
  type FileProblem,
  isFileProblem,
  readTable,
  type Table,
} from '../../../src/lib/import/file'
import { rememberMapping, suggestMapping } from '../../../src/lib/import/mapping'
import type { ImportRun } from '../../../src/payload-types'

const refuse = (req: PayloadRequest, path: string, nl: string, en: string) =>
  new ValidationError(
    { collection: 'import-runs', errors: [{ path, message: inLanguage(req, nl, en) }], req },
    req.t,
  )

/** The column mapping of the newest earlier import of this kind from the same source the user may read. */
const rememberedMapping = async (req: PayloadRequest, kind: string, source: string) => {
  const { docs } = await req.payload.find({
    collection: 'import-runs',
    where: { and: [{ kind: { equals: kind } }, { source: { like: source.trim() } }] },
    sort: '-createdAt',
    limit: 10,
    depth: 0,
    overrideAccess: false,
    req,
  })
  const same = docs.find((d) => d.source.trim().toLowerCase() === source.trim().toLowerCase())
  return (same?.remembered ?? undefined) as Record<string, string | null> | undefined
}

/**
 * On upload: read the file (the bytes decide CSV or Excel), refuse a bad one with the reason in
 * Dutch or English — nothing is stored then —, check the user may import this kind for this
 * organisation, and suggest the column mapping (the source's remembered one first).
 */
export const readUploadedSheet: CollectionBeforeChangeHook = async ({ data, req, operation }) => {
  if (operation !== 'create' || !req.file?.data) return data
  const table = await readTable(new Uint8Array(req.file.data))
  if (isFileProblem(table)) throw refuse(req, 'file', table.nl, table.en)
  const kind = data.kind as ImportKind
  if (kind === 'organisations' && !isEditorUser(req.user))
    throw refuse(
      req,
      'kind',
      'Organisaties importeren kan alleen de redactie.',
      'Only editors import organisations.',
    )
  const organisation = relationID(data.organisation)
  if (
    organisation !== undefined &&
    !isEditorUser(req.user) &&
    !getUserOrganisationIDs(req.user).some((own) => String(own) === String(organisation))
  )
    throw refuse(
      req,
      'organisation',
      'Je importeert alleen voor je eigen organisatie.',
      'You import for your own organisation only.',
    )
  const remembered = await rememberedMapping(req, kind, String(data.source ?? ''))
  const { mapping } = suggestMapping(table.headers, kind, remembered)
  return {
    ...data,
    status: 'checked',
    headers: table.headers,
    mapping,
    remembered: rememberMapping(table.headers, mapping),
    readAs: table.readAs,
    rowCount: table.rows.length,
    createdBy: req.user?.id,
  }
}

/** The last few files read, by run and file name: the dry run is asked for again and again. */
const cache = new Map<string, Table | FileProblem>()

/** A run's stored file as a table (or what is wrong with it). */
export const readRunTable = async (
  payload: Payload,
  run: ImportRun,
): Promise<Table | FileProblem> => {
  const key = `${run.id}:${run.filename}`
  const hit = cache.get(key)
  if (hit) return hit
  const staticDir = payload.collections['import-runs'].config.upload.staticDir ?? ''
  const bytes = await fs.readFile(path.join(staticDir, run.filename ?? '')).catch(() => null)
  const table = bytes
    ? await readTable(new Uint8Array(bytes))
    : { nl: 'Het bestand van deze import is er niet meer.', en: "This import's file is gone." }
  cache.set(key, table)
  if (cache.size > 4) cache.delete(cache.keys().next().value!)
  return table
}
