'use client'

import { Button, useAuth, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { errorMessageOf } from './usePostAction'

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'message'; text: string }

/**
 * Above the interests list, for editors: a person's access or erasure request. Export
 * downloads everything held about one e-mail address or phone number; erase deletes it.
 */
export const PersonData = () => {
  const { user } = useAuth<{ roles?: string[] }>()
  const { i18n } = useTranslation()
  const router = useRouter()
  const id = useId()
  const [contact, setContact] = useState('')
  const [state, setState] = useState<State>({ kind: 'idle' })
  const nl = i18n.language === 'nl'
  if (!user?.roles?.some((r) => r === 'editor' || r === 'admin')) return null

  const exportData = async () => {
    setState({ kind: 'busy' })
    const res = await fetch(`/api/interests/person?contact=${encodeURIComponent(contact)}`, {
      credentials: 'include',
    })
    if (!res.ok) {
      const body: unknown = await res.json().catch(() => ({}))
      return setState({ kind: 'message', text: errorMessageOf(body) ?? res.statusText })
    }
    const blob = await res.blob()
    const link = document.createElement('a')
    link.href = URL.createObjectURL(blob)
    link.download = 'meedoen-gegevens.json'
    link.click()
    URL.revokeObjectURL(link.href)
    setState({
      kind: 'message',
      text: nl ? 'Het bestand is gedownload.' : 'The file was downloaded.',
    })
  }

  const erase = async () => {
    if (
      !window.confirm(
        nl
          ? `Alle interesse van ${contact} definitief verwijderen?`
          : `Permanently delete all interest of ${contact}?`,
      )
    )
      return
    setState({ kind: 'busy' })
    const res = await fetch('/api/interests/person/erase', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ contact }),
    })
    const body: unknown = await res.json().catch(() => ({}))
    if (!res.ok) return setState({ kind: 'message', text: errorMessageOf(body) ?? res.statusText })
    const deleted =
      body && typeof body === 'object' && 'deleted' in body && typeof body.deleted === 'number'
        ? body.deleted
        : 0
    setState({ kind: 'message', text: nl ? `${deleted} verwijderd.` : `${deleted} deleted.` })
    router.refresh()
  }

  // A click handler returns nothing: a request that fails outright (offline) is shown like the others.
  const handle = (action: () => Promise<void>) => () => {
    action().catch((error: unknown) =>
      setState({ kind: 'message', text: error instanceof Error ? error.message : String(error) }),
    )
  }

  return (
    <details style={{ marginBottom: 'var(--base)' }}>
      <summary>
        {nl
          ? 'Inzage- of verwijderverzoek van één persoon'
          : "One person's access or erasure request"}
      </summary>
      <div
        style={{
          display: 'flex',
          gap: '0.5rem',
          alignItems: 'end',
          flexWrap: 'wrap',
          marginTop: '0.5rem',
        }}
      >
        <div className="field-type text">
          <label className="field-label" htmlFor={id}>
            {nl ? 'E-mailadres of telefoonnummer' : 'E-mail address or phone number'}
          </label>
          <input
            id={id}
            type="text"
            value={contact}
            onChange={(e) => setContact(e.target.value)}
            autoComplete="off"
          />
        </div>
        <Button
          buttonStyle="secondary"
          size="small"
          disabled={state.kind === 'busy' || contact.trim().length < 5}
          onClick={handle(exportData)}
        >
          {nl ? 'Exporteer gegevens' : 'Export data'}
        </Button>
        <Button
          buttonStyle="error"
          size="small"
          disabled={state.kind === 'busy' || contact.trim().length < 5}
          onClick={handle(erase)}
        >
          {nl ? 'Wis gegevens' : 'Erase data'}
        </Button>
      </div>
      <p role="status">{state.kind === 'message' ? state.text : ''}</p>
    </details>
  )
}
