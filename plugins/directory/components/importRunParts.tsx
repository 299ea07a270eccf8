'use client'

import { useState } from 'react'

import type { Counts, ImportText, Report } from './importRunText'

interface PlanRow {
  row: number
  label: string
  action: keyof Counts
  changed: string[]
  problems: { column: string; message: string; expected?: string }[]
  warnings: { column: string; message: string }[]
}

export interface RunState {
  id: number
  kind: 'activities' | 'openings' | 'venues' | 'organisations'
  source: string
  status: 'checked' | 'running' | 'done' | 'failed'
  readAs?: string
  progress: { done: number; total: number } | null
  report: Report | null
  headers?: string[]
  mapping?: (string | null)[]
  columns?: { key: string; label: string; required: boolean }[]
  missing?: string[]
  counts?: Counts
  total?: number
  rows?: PlanRow[]
}

const cell = {
  padding: '0.4rem 0.6rem',
  borderBottom: '1px solid var(--theme-elevation-150)',
  verticalAlign: 'top',
} as const

/** Which of our columns each column of the sheet is: one select per sheet column. */
export const MappingTable = (props: {
  t: ImportText
  run: RunState
  busy: boolean
  onChange: (mapping: (string | null)[]) => void
}) => {
  const { t, run } = props
  const mapping = run.mapping ?? []
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', marginBottom: '1rem' }}>
      <thead>
        <tr>
          <th style={{ ...cell, textAlign: 'left' }}>{t.sheetColumn}</th>
          <th style={{ ...cell, textAlign: 'left' }}>{t.becomes}</th>
        </tr>
      </thead>
      <tbody>
        {(run.headers ?? []).map((header, i) => (
          <tr key={`${header}-${i}`}>
            <td style={cell}>
              <label htmlFor={`import-column-${i}`}>{header || `#${i + 1}`}</label>
            </td>
            <td style={cell}>
              <select
                id={`import-column-${i}`}
                value={mapping[i] ?? ''}
                disabled={props.busy}
                onChange={(e) => {
                  const next = [...mapping]
                  next[i] = e.target.value || null
                  // A column of ours is in one place only: taking it elsewhere frees it here.
                  props.onChange(next.map((k, j) => (j !== i && k === next[i] ? null : k)))
                }}
              >
                <option value="">{t.skip}</option>
                {(run.columns ?? []).map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.required ? `${c.label} ${t.required}` : c.label}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

type PlannedRow = NonNullable<RunState['rows']>[number]

/** One row of the dry run: what happens to it, the fields it changes, its problems. */
const PlanRow = ({ t, r }: { t: ImportText; r: PlannedRow }) => (
  <tr data-action={r.action}>
    <td style={cell}>{r.row}</td>
    <td style={cell}>{r.label}</td>
    <td style={cell}>
      {t.actions[r.action]}
      {r.changed.length > 0 && <div>{t.changed(r.changed.join(', '))}</div>}
    </td>
    <td style={cell}>
      <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
        {r.problems.map((p, i) => (
          <li key={`p${i}`} style={{ color: 'var(--theme-error-600)' }}>
            <strong>{p.column}</strong>: {p.message}
            {p.expected && ` ${t.expected}: ${p.expected}.`}
          </li>
        ))}
        {r.warnings.map((w, i) => (
          <li key={`w${i}`}>
            <strong>{w.column}</strong>: {w.message}
          </li>
        ))}
      </ul>
    </td>
  </tr>
)

const SHOWN_FIRST = 50

/** The dry run per row: what happens to it, and every problem with what is expected. */
export const PlanRows = ({ t, run }: { t: ImportText; run: RunState }) => {
  const [all, setAll] = useState(false)
  const rows = run.rows ?? []
  const shown = all ? rows : rows.slice(0, SHOWN_FIRST)
  return (
    <>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {[t.row, t.name, t.what, t.notes].map((h) => (
              <th key={h} style={{ ...cell, textAlign: 'left' }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <PlanRow key={r.row} t={t} r={r} />
          ))}
        </tbody>
      </table>
      {(run.total ?? 0) > shown.length && (
        <p>
          {t.shownOf(shown.length, run.total ?? 0)}{' '}
          {!all && rows.length > SHOWN_FIRST && (
            <button
              type="button"
              className="btn btn--style-secondary btn--size-small"
              onClick={() => setAll(true)}
            >
              {t.showAll(rows.length)}
            </button>
          )}
        </p>
      )}
    </>
  )
}

/** The report at the end: counts, what failed, where to see the result. */
export const ImportReport = ({
  t,
  run,
  admin,
}: {
  t: ImportText
  run: RunState
  admin: string
}) => {
  const r = run.report
  if (!r) return null
  const kindLabel = t.kinds[run.kind]
  const list = `${admin}/collections/${run.kind}?where[externalSource][equals]=${encodeURIComponent(run.source)}`
  return (
    <section aria-labelledby="import-report">
      <h3 id="import-report">{t.reportTitle}</h3>
      <p role="status">{r.rolledBack ? t.rolledBack : t.report(r)}</p>
      {r.failed.length > 0 && (
        <>
          {!r.rolledBack && <p>{t.failed}</p>}
          <ul>
            {r.failed.map((f) => (
              <li key={f.row}>
                {f.row > 0 && `${t.row} ${f.row} (${f.label}): `}
                {f.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {r.submitted > 0 && <p>{t.waiting(r.submitted)}</p>}
      {r.geocoding > 0 && <p>{t.geocoding(r.geocoding)}</p>}
      {!r.rolledBack && r.created + r.updated + r.unchanged > 0 && (
        <a href={list}>{t.view(kindLabel)}</a>
      )}
    </section>
  )
}
