'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { usePostAction } from './usePostAction'

/** In a source's sidebar: read its feed now ("Nu bijwerken") instead of at the job's next run. */
export const FollowNow = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { state, run } = usePostAction<{ counts: { updated: number; deleted: number } }>(
    id ? `/api/federation-sources/${id}/follow` : null,
  )
  const nl = i18n.language !== 'en'
  if (!id) return null
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" size="small" disabled={state.kind === 'busy'} onClick={run}>
        {nl ? 'Nu bijwerken' : 'Update now'}
      </Button>
      <p role="status" style={{ margin: 0 }}>
        {state.kind === 'done' &&
          (nl
            ? `Gelezen: ${state.body.counts.updated} nieuw of gewijzigd, ${state.body.counts.deleted} weg.`
            : `Read: ${state.body.counts.updated} new or changed, ${state.body.counts.deleted} gone.`)}
        {state.kind === 'error' && state.message}
      </p>
    </div>
  )
}
