import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { inLanguage } from '../../../collections/fields/inLanguage'
import { IMPORT_COLUMNS, type ImportKind } from '../../../src/lib/import/columns'
import { isFileProblem } from '../../../src/lib/import/file'
import { rememberMapping } from '../../../src/lib/import/mapping'
import { countActions } from '../../../src/lib/import/plan'
import { templateFile } from '../../../src/lib/import/template'
import type { ImportRun } from '../../../src/payload-types'
import { errorResponse } from '../endpoints/respond'
import { TASKS, DIRECTORY_QUEUE } from '../constants'
import { planRun, validMapping } from './planRun'
import { importProgress } from './progress'
import { saveRun } from './task'
import { planAnswer } from './planAnswer'

const notFound = (req: PayloadRequest) =>
  errorResponse(
    req,
    404,
    'Deze import bestaat niet (of je mag hem niet zien).',
    'This import does not exist (or you may not see it).',
  )

/** The run, if the user may read it. */
const runOf = async (req: PayloadRequest): Promise<ImportRun | null> => {
  const id = req.routeParams?.id as string | undefined
  if (!req.user || !id) return null
  return req.payload.findByID({
    collection: 'import-runs',
    id,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
}

const bodyOf = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  const body: unknown = await req.json?.().catch(() => null)
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
}

/** The run as the admin's panel shows it: its state, and while it is checked, the dry run. */
const answer = async (req: PayloadRequest, run: ImportRun, mapping?: (string | null)[]) => {
  const base = {
    id: run.id,
    kind: run.kind,
    source: run.source,
    status: run.status,
    readAs: run.readAs,
    progress: importProgress.of(run.id) ?? null,
    report: run.report ?? null,
  }
  if (run.status !== 'checked')
    return Response.json(base, { headers: { 'Cache-Control': 'no-store' } })
  const plan = await planRun(req, run, mapping)
  if (isFileProblem(plan)) return errorResponse(req, 409, plan.nl, plan.en)
  return Response.json(
    { ...base, ...planAnswer(req, run.kind, plan, Boolean(run.organisation)) },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}

const stateHandler: PayloadHandler = async (req) => {
  const run = await runOf(req)
  return run ? answer(req, run) : notFound(req)
}

/** POST { mapping }: which of our columns each of the sheet's columns is; answers the new dry run. */
const mappingHandler: PayloadHandler = async (req) => {
  const run = await runOf(req)
  if (!run) return notFound(req)
  if (run.status !== 'checked')
    return errorResponse(req, 409, 'Deze import is al gestart.', 'This import has started already.')
  const headers = (run.headers ?? []) as string[]
  const mapping = validMapping(run.kind, headers, (await bodyOf(req)).mapping)
  if (!mapping)
    return errorResponse(
      req,
      400,
      'Kies per kolom één van onze kolommen (of "niet importeren"), en elke kolom van ons hoogstens één keer.',
      'Choose one of our columns per column (or "do not import"), and each of ours at most once.',
    )
  const saved = await saveRun(req.payload, run.id, {
    mapping,
    remembered: rememberMapping(headers, mapping),
  })
  return answer(req, saved, mapping)
}

/** POST { mode: 'all' | 'valid' }: starts the import as a job, right away. */
const startHandler: PayloadHandler = async (req) => {
  const run = await runOf(req)
  if (!run) return notFound(req)
  if (run.status !== 'checked')
    return errorResponse(req, 409, 'Deze import is al gestart.', 'This import has started already.')
  const mode = (await bodyOf(req)).mode
  if (mode !== 'all' && mode !== 'valid')
    return errorResponse(
      req,
      400,
      'Kies: het hele bestand, of alleen de goede regels.',
      'Choose: the whole file, or only the valid rows.',
    )
  const plan = await planRun(req, run)
  if (isFileProblem(plan)) return errorResponse(req, 409, plan.nl, plan.en)
  const counts = countActions(plan.rows)
  if (mode === 'all' && counts.invalid)
    return errorResponse(
      req,
      400,
      `Het hele bestand kan niet: ${counts.invalid} regels hebben problemen. Los ze op in het bestand, of importeer alleen de goede regels.`,
      `Not the whole file: ${counts.invalid} rows have problems. Fix them in the file, or import only the valid rows.`,
    )
  const saved = await saveRun(req.payload, run.id, { status: 'running', mode })
  const job = await req.payload.jobs.queue({
    task: TASKS.importRun,
    queue: DIRECTORY_QUEUE,
    input: { run: String(run.id) },
  })
  // Now, not at the next minute's run of the queue; the answer does not wait for it.
  void req.payload.jobs
    .runByID({ id: job.id })
    .catch((error: unknown) => req.payload.logger.error({ err: error, msg: 'import run failed' }))
  return Response.json(
    {
      id: saved.id,
      status: 'running',
      progress: { done: 0, total: counts.create + counts.update },
    },
    { status: 202 },
  )
}

/** GET /api/import-runs/template/:kind?format=csv|xlsx — our columns and an example row. */
const templateHandler: PayloadHandler = async (req) => {
  const kind = req.routeParams?.kind as string
  const format = req.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv'
  if (!(kind in IMPORT_COLUMNS))
    return errorResponse(req, 404, 'Dit soort sjabloon bestaat niet.', 'There is no such template.')
  const locale = req.i18n?.language === 'en' ? 'en' : 'nl'
  const file = await templateFile(kind as ImportKind, format, locale)
  const name = `${inLanguage(req, 'sjabloon', 'template')}-${kind}.${format}`
  return new Response(new Uint8Array(file), {
    headers: {
      'Content-Type':
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  })
}

export const importEndpoints: Endpoint[] = [
  { path: '/template/:kind', method: 'get', handler: templateHandler },
  { path: '/:id/state', method: 'get', handler: stateHandler },
  { path: '/:id/mapping', method: 'post', handler: mappingHandler },
  { path: '/:id/start', method: 'post', handler: startHandler },
]
