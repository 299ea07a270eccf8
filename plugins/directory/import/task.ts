import { createLocalReq, type Payload, type TaskConfig } from 'payload'

import { relationID } from '../../../collections/access/getUserOrganisationIDs'
import { systemRequestFor } from '../../../collections/requests'
import { isFileProblem } from '../../../src/lib/import/file'
import type { ImportRun } from '../../../src/payload-types'
import { DIRECTORY_QUEUE, TASKS } from '../constants'
import type { SanitizedDirectoryOptions } from '../types'
import { applyPlan, type ImportMode, type ImportReport } from './apply'
import { planRun } from './planRun'
import { importProgress } from './progress'

/** The run's state and report, written by the server (the run's update access allows only this). */
export const saveRun = async (
  payload: Payload,
  id: ImportRun['id'],
  data: Partial<Pick<ImportRun, 'status' | 'mode' | 'report' | 'mapping' | 'remembered'>>,
) =>
  payload.update({
    collection: 'import-runs',
    id,
    data,
    depth: 0,
    overrideAccess: false,
    req: await systemRequestFor(payload, 'import-run'),
  })

const failure = (message: string, mode: ImportMode): ImportReport => ({
  mode,
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  failed: [{ row: 0, label: '', message }],
  rolledBack: true,
  submitted: 0,
  geocoding: 0,
  finishedAt: new Date().toISOString(),
})

/**
 * Imports a checked run as the person who started it: plans it again (what is in Meedoen may
 * have changed since the dry run), writes the rows, and stores the report. An import of the
 * whole file with a row that now has a problem stores nothing.
 */
export const runImport = async (
  payload: Payload,
  run: ImportRun,
  options: SanitizedDirectoryOptions,
  geocode = true,
): Promise<ImportReport> => {
  const mode = run.mode ?? 'valid'
  const userID = relationID(run.createdBy)
  const user =
    userID === undefined
      ? null
      : await payload.findByID({ collection: 'users', id: userID, depth: 0, disableErrors: true })
  let report: ImportReport
  try {
    if (!user) throw new Error('De persoon die deze import begon bestaat niet meer.')
    const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
    const plan = await planRun(req, run)
    if (isFileProblem(plan)) throw new Error(plan.nl)
    const invalid = plan.rows.filter((r) => r.action === 'invalid').length
    if (mode === 'all' && invalid)
      throw new Error(`${invalid} regels hebben nu problemen; er is niets geïmporteerd.`)
    importProgress.start(
      run.id,
      plan.rows.filter((r) => r.action === 'create' || r.action === 'update').length,
    )
    report = await applyPlan({
      payload,
      user: req.user!,
      kind: run.kind,
      rows: plan.rows,
      mode,
      options,
      geocode,
      onProgress: (done) => importProgress.step(run.id, done),
    })
  } catch (error) {
    report = failure(error instanceof Error ? error.message : String(error), mode)
  } finally {
    importProgress.end(run.id)
  }
  // A member's submissions: one message to the editors for the whole import, not one per row.
  if (report.submitted > 0 && options.moderation.notifyEditors === 'each')
    await payload.jobs.queue({ task: TASKS.moderationDigest, queue: DIRECTORY_QUEUE, input: {} })
  const failed =
    report.rolledBack || (report.created + report.updated === 0 && report.failed.length > 0)
  await saveRun(payload, run.id, { status: failed ? 'failed' : 'done', report: report as never })
  return report
}

export const importTask = (options: SanitizedDirectoryOptions): TaskConfig => ({
  slug: TASKS.importRun,
  label: 'Import a spreadsheet (an import run the user started)',
  inputSchema: [{ name: 'run', type: 'text', required: true }],
  outputSchema: [
    { name: 'created', type: 'number' },
    { name: 'updated', type: 'number' },
  ],
  // An import is never repeated by itself: the person sees the report and decides.
  retries: 0,
  handler: async ({ input, req }) => {
    const id = (input as { run: string }).run
    const run = await req.payload.findByID({
      collection: 'import-runs',
      id,
      depth: 0,
      disableErrors: true,
    })
    if (!run || run.status !== 'running') return { output: { created: 0, updated: 0 } }
    const report = await runImport(req.payload, run, options)
    return { output: { created: report.created, updated: report.updated } }
  },
})
