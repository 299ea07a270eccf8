'use client'

import { Button, useAuth, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { isEditorUser, type MaybeUser } from '../../../collections/access/roles'
import { formatDay } from './dutchDate'
import { DUPLICATES_TEXT, type Pair, type Side } from './duplicatesText'
import { usePostAction } from './usePostAction'

type Text = (typeof DUPLICATES_TEXT)['nl']
type Choice = { from: Side; into: Side } | null

/** Both organisations side by side: what tells them apart, and what each has. */
const PairTable = ({ pair, t, language }: { pair: Pair; t: Text; language: string }) => {
  const sides = [pair.keep, pair.other]
  const row = (head: string, cell: (s: Side) => React.ReactNode) => (
    <tr>
      <th scope="row">{head}</th>
      {sides.map((s) => (
        <td key={s.id}>{cell(s)}</td>
      ))}
    </tr>
  )
  return (
    <table className="meedoen-duplicates__table" style={{ borderSpacing: '1rem 0.25rem' }}>
      <caption style={{ textAlign: 'start', fontWeight: 600 }}>{t.reason[pair.reason]}</caption>
      <thead>
        <tr>
          <td />
          {sides.map((s) => (
            <th key={s.id} scope="col">
              <a href={`/admin/collections/organisations/${s.id}`}>{s.name}</a>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {row(t.rows.kvk, (s) => s.kvkNumber ?? '—')}
        {row(t.rows.city, (s) => s.city ?? '—')}
        {row(t.rows.status, (s) => (s.status ? t.status[s.status] : '—'))}
        {row(t.rows.createdAt, (s) => formatDay(s.createdAt, language))}
        {row(t.rows.has, (s) => t.has(s.counts))}
      </tbody>
    </table>
  )
}

/** The second step of a merge: what will move, then "Ja, samenvoegen" or "Annuleren". */
const ConfirmMerge = (props: {
  choice: NonNullable<Choice>
  t: Text
  done: (m: string) => void
  cancel: () => void
}) => {
  const { choice, t, cancel, done } = props
  const { from, into } = choice
  const { state, run } = usePostAction(
    `/api/organisations/${from.id}/merge`,
    { into: into.id },
    () => done(t.merged(into.name)),
  )
  const busy = state.kind === 'busy'
  return (
    <div role="group" aria-label={t.mergeInto(from.name, into.name)}>
      <p>{t.confirm(from.name, into.name, from.counts)}</p>
      <Button size="small" disabled={busy} onClick={run}>
        {busy ? t.busy : t.yes}
      </Button>{' '}
      <Button size="small" buttonStyle="secondary" disabled={busy} onClick={cancel}>
        {t.cancel}
      </Button>
      {state.kind === 'error' && <p role="alert">{state.message}</p>}
    </div>
  )
}

/** One pair: merge either way (after a confirmation that says what moves), or dismiss it. */
const PairActions = ({ pair, t, done }: { pair: Pair; t: Text; done: (m: string) => void }) => {
  const [choice, setChoice] = useState<Choice>(null)
  const { keep, other } = pair
  const dismiss = usePostAction(
    `/api/organisations/${keep.id}/not-duplicate`,
    { of: other.id },
    () => done(t.dismissed),
  )
  if (choice)
    return <ConfirmMerge choice={choice} t={t} done={done} cancel={() => setChoice(null)} />
  return (
    <div>
      <Button size="small" onClick={() => setChoice({ from: other, into: keep })}>
        {t.mergeInto(other.name, keep.name)}
      </Button>{' '}
      <Button
        size="small"
        buttonStyle="secondary"
        onClick={() => setChoice({ from: keep, into: other })}
      >
        {t.mergeInto(keep.name, other.name)}
      </Button>{' '}
      <Button
        size="small"
        buttonStyle="secondary"
        disabled={dismiss.state.kind === 'busy'}
        onClick={dismiss.run}
      >
        {t.notDuplicate}
      </Button>
      {dismiss.state.kind === 'error' && <p role="alert">{dismiss.state.message}</p>}
    </div>
  )
}

/**
 * Above the organisations' list, for editors: the "mogelijk dubbel" list — organisations with
 * the same KvK number or the same name once normalised — to merge or to dismiss.
 */
export const DuplicateOrganisations = () => {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? DUPLICATES_TEXT.en : DUPLICATES_TEXT.nl
  const editor = isEditorUser(user as MaybeUser)
  const [pairs, setPairs] = useState<Pair[] | null>(null)
  const [message, setMessage] = useState('')
  const load = useCallback(async () => {
    const res = await fetch('/api/organisations/duplicates', { credentials: 'include' })
    if (res.ok) setPairs(((await res.json()) as { docs: Pair[] }).docs)
  }, [])
  useEffect(() => {
    if (editor) void load()
  }, [editor, load])
  if (!editor || pairs === null) return <p role="status">{message}</p>
  // The action itself refreshes the list below (usePostAction); this list reloads its pairs.
  const done = (m: string) => {
    setMessage(m)
    void load()
  }
  return (
    <section
      className="meedoen-duplicates"
      aria-labelledby="meedoen-duplicates-title"
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
    >
      <h2 id="meedoen-duplicates-title">{t.title(pairs.length)}</h2>
      <p role="status">{message}</p>
      {pairs.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          {pairs.map((pair) => (
            <article
              key={`${pair.keep.id}-${pair.other.id}`}
              className="meedoen-duplicates__pair"
              style={{
                border: '1px solid var(--theme-elevation-150)',
                padding: 'var(--base)',
                marginBottom: 'var(--base)',
                overflowX: 'auto',
              }}
            >
              <PairTable pair={pair} t={t} language={i18n.language} />
              <PairActions pair={pair} t={t} done={done} />
            </article>
          ))}
        </>
      )}
    </section>
  )
}
