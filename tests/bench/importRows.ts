/**
 * npm run bench:import — the spreadsheet import at scale: a sheet of N activities (default
 * 10,000; no venues, so nothing to geocode) uploaded by an editor, its dry run, the import of
 * the whole file, and the same file again (every row unchanged). Target (issue 16): the import
 * of 10,000 rows ≤ 20 s. Runs on the demo data in a temporary SQLite database, in this process
 * (Payload's Local API as the job uses it; the job runner's wait is left out).
 *
 *   npm run bench:import          # N=10000
 *   N=1000 npm run bench:import
 *
 * A measurement: it prints the numbers and the ratio to the target and exits 0 either way.
 */
import { createLocalReq } from 'payload'

import { sanitizeOptions } from '../../plugins/directory/sanitizeOptions'
import { runImport, saveRun } from '../../plugins/directory/import/task'
import { planRun } from '../../plugins/directory/import/planRun'
import { isFileProblem } from '../../src/lib/import/file'
import { startDemoPayload } from '../helpers/payload'
import { log, round, table } from './measure'

const N = Number(process.env.N ?? 10_000)
const TARGET_MS = 20_000

const t = await startDemoPayload()
const { payload } = t
const [editor] = (
  await payload.find({ collection: 'users', where: { email: { equals: 'redactie@meedoen.test' } } })
).docs
const DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'ma en wo', 'di en do', '1e dinsdag van de maand']
const rows = Array.from({ length: N }, (_, i) =>
  [
    `B-${i + 1}`,
    `Activiteit ${i + 1}`,
    'Stichting Welzijn Haren',
    'Huis van de Wijk De Dilgt',
    `Samen iets doen, keer ${i + 1}.`,
    DAYS[i % DAYS.length],
    `${9 + (i % 8)}.00-${10 + (i % 8)}.30 uur`,
    i % 3 ? '€ 2,50' : 'gratis',
    i % 2 ? 'Taal' : 'Ontmoeten; Creatief',
  ].join(';'),
)
const csv = Buffer.from(
  `\uFEFFNr.;Naam activiteit;Aanbieder;Waar;Korte omschrijving;Dag;Tijd;Kosten;Thema\r\n${rows.join('\r\n')}\r\n`,
)

const newRun = async () => {
  const started = performance.now()
  const run = await payload.create({
    collection: 'import-runs',
    data: { kind: 'activities', source: 'Benchmark' },
    file: { data: csv, mimetype: 'text/csv', name: 'bench.csv', size: csv.length },
    user: editor,
    overrideAccess: false,
  })
  return { run, upload: performance.now() - started }
}

const measure = async (label: string) => {
  const { run, upload } = await newRun()
  const req = await createLocalReq({ user: { ...editor!, collection: 'users' } }, payload)
  let started = performance.now()
  const plan = await planRun(req, run)
  const dryRun = performance.now() - started
  if (isFileProblem(plan)) throw new Error(plan.en)
  const running = await saveRun(payload, run.id, { status: 'running', mode: 'all' })
  started = performance.now()
  const report = await runImport(payload, running, sanitizeOptions({}), false)
  const write = performance.now() - started
  return { label, upload, dryRun, write, report }
}

log(
  `Meedoen import: ${N} activity rows (${Math.round(csv.length / 1024)} kB CSV), node ${process.version}`,
)
const first = await measure('first import (all new)')
const again = await measure('same file again (unchanged)')
table(
  ['run', 'upload ms', 'dry run ms', 'import ms', 'created', 'updated', 'unchanged', 'ms/row'],
  [first, again].map((m) => [
    m.label,
    Math.round(m.upload),
    Math.round(m.dryRun),
    Math.round(m.write),
    m.report.created,
    m.report.updated,
    m.report.unchanged,
    round(m.write / N),
  ]),
)
const total = first.upload + first.dryRun + first.write
log(
  `\nFirst import, upload + dry run + import: ${round(total / 1000, 1)} s for ${N} rows; target ${TARGET_MS / 1000} s for 10,000 → ratio ${round((total / TARGET_MS) * (10_000 / N), 2)}× (scaled to 10,000 rows)`,
)
await t.stop()
process.exit(0)
