'use client'

import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'

import { usePostAction } from './usePostAction'

/** In the sidebar of a loket request: make the organisation and its draft openings in one action. */
export const ConvertLoketRequest = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const organisation = useFormFields(([fields]) => fields.organisation?.value)
  const { state, run } = usePostAction<{ organisation: number; openings: number[] }>(
    id ? `/api/loket-requests/${id}/convert` : null,
  )
  const nl = i18n.language === 'nl'
  if (!id || (organisation && state.kind !== 'done')) return null

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" size="small" disabled={state.kind === 'busy'} onClick={run}>
        {nl ? 'Maak organisatie en plekken aan' : 'Create organisation and openings'}
      </Button>
      <p role="status" style={{ margin: 0 }}>
        {state.kind === 'done' && (
          <>
            {nl
              ? `Gemaakt: een concept-organisatie en ${state.body.openings.length} concept-plek(ken). `
              : `Created: a draft organisation and ${state.body.openings.length} draft opening(s). `}
            <a href={`/admin/collections/organisations/${state.body.organisation}`}>
              {nl ? 'Open de organisatie' : 'Open the organisation'}
            </a>
          </>
        )}
        {state.kind === 'error' && state.message}
        {state.kind === 'idle' &&
          (nl
            ? 'Maakt een concept-organisatie (werkgever) met een concept-plek per gevraagde soort.'
            : 'Creates a draft employer organisation with one draft opening per kind asked for.')}
      </p>
    </div>
  )
}
