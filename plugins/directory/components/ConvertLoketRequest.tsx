'use client'

import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; organisation: number; openings: number } | { kind: 'error'; message: string }

/** In the sidebar of a loket request: make the organisation and its draft openings in one action. */
export const ConvertLoketRequest = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const router = useRouter()
  const organisation = useFormFields(([fields]) => fields.organisation?.value)
  const [state, setState] = useState<State>({ kind: 'idle' })
  const nl = i18n.language === 'nl'
  if (!id || (organisation && state.kind !== 'done')) return null

  const convert = async () => {
    setState({ kind: 'busy' })
    const res = await fetch(`/api/loket-requests/${id}/convert`, { method: 'POST', credentials: 'include' })
    const body = await res.json().catch(() => ({}))
    if (res.ok) {
      setState({ kind: 'done', organisation: body.organisation, openings: body.openings.length })
      router.refresh()
    } else {
      setState({ kind: 'error', message: body?.errors?.[0]?.message ?? res.statusText })
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" size="small" disabled={state.kind === 'busy'} onClick={convert}>
        {nl ? 'Maak organisatie en plekken aan' : 'Create organisation and openings'}
      </Button>
      <p role="status" style={{ margin: 0 }}>
        {state.kind === 'done' &&
          (nl ? `Gemaakt: een concept-organisatie en ${state.openings} concept-plek(ken). ` : `Created: a draft organisation and ${state.openings} draft opening(s). `)}
        {state.kind === 'done' && <a href={`/admin/collections/organisations/${state.organisation}`}>{nl ? 'Open de organisatie' : 'Open the organisation'}</a>}
        {state.kind === 'error' && state.message}
        {state.kind === 'idle' && (nl ? 'Maakt een concept-organisatie (werkgever) met een concept-plek per gevraagde soort.' : 'Creates a draft employer organisation with one draft opening per kind asked for.')}
      </p>
    </div>
  )
}
