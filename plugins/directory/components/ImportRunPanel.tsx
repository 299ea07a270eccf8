'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { ImportReport, MappingTable, PlanRows, type RunState } from './importRunParts'
import { IMPORT_TEXT, type ImportText } from './importRunText'
import { useImportRun } from './useImportRun'

const KINDS = ['activities', 'openings', 'venues', 'organisations'] as const

/** On a new import: the templates per kind, as CSV and Excel. */
export const ImportTemplates = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  if (id) return null
  const t = i18n.language === 'en' ? IMPORT_TEXT.en : IMPORT_TEXT.nl
  const api = `${config.serverURL ?? ''}${config.routes.api}/import-runs/template`
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <h3 style={{ marginBottom: '0.5rem' }}>{t.templates}</h3>
      <p>{t.templatesIntro}</p>
      <ul>
        {KINDS.map((kind) => (
          <li key={kind}>
            {t.kinds[kind]}:{' '}
            <a href={`${api}/${kind}?format=xlsx`} download>
              Excel
            </a>{' '}
            ·{' '}
            <a href={`${api}/${kind}?format=csv`} download>
              CSV
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

const Choice = (props: {
  t: ImportText
  run: RunState
  busy: boolean
  onStart: (mode: 'all' | 'valid') => void
}) => {
  const { t, run } = props
  const c = run.counts!
  const [mode, setMode] = useState<'all' | 'valid'>(c.invalid ? 'valid' : 'all')
  if (c.create + c.update === 0) return <p role="status">{t.nothing}</p>
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '1rem 0' }}>
      <legend style={{ fontWeight: 600, marginBottom: '0.5rem' }}>{t.mode}</legend>
      <label style={{ display: 'block', marginBottom: '0.5rem' }}>
        <input
          type="radio"
          name="import-mode"
          value="all"
          checked={mode === 'all'}
          disabled={c.invalid > 0}
          onChange={() => setMode('all')}
        />{' '}
        <strong>{t.all}</strong> — {c.invalid ? t.allBlocked(c.invalid) : t.allWhy}
      </label>
      <label style={{ display: 'block', marginBottom: '1rem' }}>
        <input
          type="radio"
          name="import-mode"
          value="valid"
          checked={mode === 'valid'}
          onChange={() => setMode('valid')}
        />{' '}
        <strong>{t.valid}</strong> ({c.create + c.update}) — {t.validWhy(c.invalid)}
      </label>
      <Button disabled={props.busy} onClick={() => props.onStart(mode)}>
        {t.start}
      </Button>
    </fieldset>
  )
}

/** The dry run: how the file was read, its columns, per row what would happen, and the choice. */
const CheckedStep = (props: {
  t: ImportText
  run: RunState
  busy: boolean
  editor: boolean
  send: (step: 'mapping' | 'start', body: unknown) => void
}) => {
  const { t, run, busy } = props
  return (
    <section aria-labelledby="import-check">
      <h3 id="import-check">{t.checkTitle}</h3>
      <p>{t.readAs(run.readAs ?? '', run.total ?? 0)}</p>
      <h4>{t.columns}</h4>
      <p>{t.columnsIntro}</p>
      <MappingTable
        t={t}
        run={run}
        busy={busy}
        onChange={(mapping) => props.send('mapping', { mapping })}
      />
      {(run.missing ?? []).length > 0 && <p role="alert">{t.missing(run.missing!.join(', '))}</p>}
      <p role="status">
        <strong>{t.summary(run.counts!)}</strong>
      </p>
      <PlanRows t={t} run={run} />
      {!props.editor && <p>{t.submitted}</p>}
      <Choice t={t} run={run} busy={busy} onStart={(mode) => props.send('start', { mode })} />
    </section>
  )
}

const Progress = ({ t, run }: { t: ImportText; run: RunState }) => (
  <div>
    <label htmlFor="import-progress">
      {t.running(run.progress?.done ?? 0, run.progress?.total ?? 0)}
    </label>
    <progress
      id="import-progress"
      value={run.progress?.done ?? 0}
      max={Math.max(run.progress?.total ?? 1, 1)}
      style={{ display: 'block', width: '100%', height: '1.5rem' }}
    />
  </div>
)

/**
 * The steps of an import on its own page: the dry run (columns, per row what would happen and
 * every problem), the choice between the whole file and only the valid rows, the progress bar
 * while it runs, and the report. Every step is one of the import's endpoints.
 */
export const ImportRunPanel = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const { user } = useAuth<{ roles?: string[] }>()
  const t = i18n.language === 'en' ? IMPORT_TEXT.en : IMPORT_TEXT.nl
  const base = `${config.serverURL ?? ''}${config.routes.api}/import-runs/${id}`
  const { run, busy, error, send } = useImportRun(id ? base : null)
  if (!id) return null
  const editor = Boolean(user?.roles?.some((r) => r === 'editor' || r === 'admin'))
  return (
    <div className="field-type meedoen-import" style={{ marginBottom: '2rem' }}>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-600)' }}>
          {error}
        </p>
      )}
      {!run && !error && <p role="status">{t.loading}</p>}
      {run?.status === 'checked' && (
        <CheckedStep t={t} run={run} busy={busy} editor={editor} send={send} />
      )}
      {run?.status === 'running' && <Progress t={t} run={run} />}
      {(run?.status === 'done' || run?.status === 'failed') && (
        <ImportReport t={t} run={run} admin={config.routes.admin} />
      )}
    </div>
  )
}
