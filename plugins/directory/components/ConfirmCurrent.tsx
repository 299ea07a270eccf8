'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; at: string } | { kind: 'error'; message: string }

/** The "still current" action in the document sidebar of activities and openings. */
export const ConfirmCurrent = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const nl = i18n.language === 'nl'
  if (!id) return null

  const confirm = async () => {
    setState({ kind: 'busy' })
    const res = await fetch(`/api/${collectionSlug}/${id}/confirm-current`, { method: 'POST', credentials: 'include' })
    const body = await res.json().catch(() => ({}))
    if (res.ok) {
      setState({ kind: 'done', at: new Date(body.checkedOn).toLocaleDateString(i18n.language) })
      router.refresh()
    } else {
      setState({ kind: 'error', message: body?.errors?.[0]?.message ?? res.statusText })
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" size="small" disabled={state.kind === 'busy'} onClick={confirm}>
        {nl ? 'Nog actueel' : 'Still current'}
      </Button>
      <p role="status" style={{ margin: 0 }}>
        {state.kind === 'done' && (nl ? `Gecontroleerd op ${state.at}.` : `Checked on ${state.at}.`)}
        {state.kind === 'error' && state.message}
        {state.kind === 'idle' &&
          (nl ? 'Klopt alles nog? Dan weet de redactie dat dit aanbod actueel is.' : 'Is everything still right? Confirm it here.')}
      </p>
    </div>
  )
}
