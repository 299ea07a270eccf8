import {
  createLocalReq,
  initTransaction,
  commitTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'

import { mayPublishDirectly } from '../../../collections/access/publishing'
import type { ImportKind } from '../../../src/lib/import/columns'
import type { ID, PlannedRow } from '../../../src/lib/import/plan'
import { IMPORTING } from '../jobs/moderationTask'
import type { SanitizedDirectoryOptions } from '../types'

export type ImportMode = 'all' | 'valid'

export interface ImportReport {
  mode: ImportMode
  created: number
  updated: number
  unchanged: number
  /** Rows with problems, not imported. */
  skipped: number
  /** Rows the database refused while importing. */
  failed: { row: number; label: string; message: string }[]
  /** The whole file was one write, and a row failed: nothing was stored. */
  rolledBack: boolean
  /** Rows that went to the editors for review (a member's import). */
  submitted: number
  /** New or moved venues: their address is looked up (PDOK) by the geocoding job. */
  geocoding: number
  finishedAt: string
}

/** Payload's validation error as one line ("Titel: Dit veld is verplicht."), else the error's message. */
const messageOf = (error: unknown): string => {
  const details = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  if (details?.errors?.length)
    return details.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join(' ')
  return error instanceof Error ? error.message : String(error)
}

interface Context {
  payload: Payload
  user: TypedUser
  kind: ImportKind
  options: SanitizedDirectoryOptions
  geocode: boolean
  publishable: Map<string, boolean>
}

/** Editors publish; a member's rows are submissions, unless their organisation may publish directly. */
const organisationOf = (data: Record<string, unknown>) => {
  const first = (data.organisation ?? (data.organisations as ID[] | undefined)?.[0]) as
    ID | undefined
  return first === undefined ? '' : String(first)
}

const publishes = async (c: Context, req: PayloadRequest, data: Record<string, unknown>) => {
  const org = organisationOf(data)
  if (!c.publishable.has(org))
    c.publishable.set(
      org,
      await mayPublishDirectly(req, c.options.moderation, org ? [org] : undefined),
    )
  return c.publishable.get(org)!
}

const writeRow = async (c: Context, req: PayloadRequest, row: PlannedRow): Promise<ID> => {
  const publish = await publishes(c, req, row.data)
  const common = {
    collection: c.kind,
    data: { ...row.data, _status: publish ? 'published' : 'draft' },
    draft: !publish,
    depth: 0,
    overrideAccess: false,
    req,
    context: { [IMPORTING]: true, ...(c.geocode ? {} : { geocode: false }) },
  } as const
  const doc =
    row.action === 'create'
      ? await c.payload.create(common as never)
      : await c.payload.update({ ...common, id: row.id! } as never)
  return (doc as { id: ID }).id
}

/** Rows in one transaction; false when one failed (Payload has then rolled all of them back). */
const inOneWrite = async (
  c: Context,
  rows: PlannedRow[],
  report: ImportReport,
  step: () => void,
) => {
  const req = await createLocalReq({ user: c.user }, c.payload)
  await initTransaction(req)
  for (const row of rows) {
    try {
      await writeRow(c, req, row)
    } catch (error) {
      await killTransaction(req)
      report.failed.push({ row: row.row, label: row.label, message: messageOf(error) })
      return false
    }
    step()
  }
  await commitTransaction(req)
  return true
}

const BATCH = 100

/**
 * Writes the rows to create or update as the importing user, with the same access, checks and
 * moderation as the admin's form. "all": the whole file in one transaction — one refused row
 * and nothing is stored. "valid": batches of 100 rows, each one transaction (a refused row
 * sends its batch back through one row at a time, so the other rows still land).
 */
export const applyPlan = async (args: {
  payload: Payload
  user: TypedUser
  kind: ImportKind
  rows: PlannedRow[]
  mode: ImportMode
  options: SanitizedDirectoryOptions
  geocode?: boolean
  onProgress?: (done: number) => void
}): Promise<ImportReport> => {
  const c: Context = { ...args, geocode: args.geocode ?? true, publishable: new Map() }
  const report: ImportReport = {
    mode: args.mode,
    created: 0,
    updated: 0,
    unchanged: args.rows.filter((r) => r.action === 'unchanged').length,
    skipped: args.rows.filter((r) => r.action === 'invalid').length,
    failed: [],
    rolledBack: false,
    submitted: 0,
    geocoding: 0,
    finishedAt: '',
  }
  const writes = args.rows.filter((r) => r.action === 'create' || r.action === 'update')
  let done = 0
  const step = () => args.onProgress?.(++done)
  if (args.mode === 'all') {
    report.rolledBack = !(await inOneWrite(c, writes, report, step))
  } else {
    for (let i = 0; i < writes.length; i += BATCH) {
      const batch = writes.slice(i, i + BATCH)
      const before = done
      if (await inOneWrite(c, batch, { ...report, failed: [] }, step)) continue
      done = before
      for (const row of batch) await inOneWrite(c, [row], report, step)
    }
  }
  const written = report.rolledBack
    ? []
    : writes.filter((r) => !report.failed.some((f) => f.row === r.row))
  report.created = written.filter((r) => r.action === 'create').length
  report.updated = written.length - report.created
  report.submitted = [...c.publishable.values()].some((p) => !p)
    ? written.filter((r) => !c.publishable.get(organisationOf(r.data))).length
    : 0
  report.geocoding =
    args.kind === 'venues' && c.geocode
      ? written.filter((r) => r.action === 'create' || r.changed.includes('address')).length
      : 0
  report.finishedAt = new Date().toISOString()
  return report
}
