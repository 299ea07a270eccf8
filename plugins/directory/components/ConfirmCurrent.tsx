'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { formatDay } from './dutchDate'
import { usePostAction } from './usePostAction'

/** The "still current" action in the document sidebar of activities and openings. */
export const ConfirmCurrent = () => {
  const { id, collectionSlug, hasSavePermission, hasPublishedDoc, unpublishedVersionCount } =
    useDocumentInfo()
  const { i18n } = useTranslation()
  const { state, run } = usePostAction<{ checkedOn: string }>(
    id ? `/api/${collectionSlug}/${id}/confirm-current` : null,
  )
  const nl = i18n.language === 'nl'
  // Only for those who may edit this listing, and only for what is live with no pending draft
  // (the endpoint refuses the rest): an action that is certain to fail is not offered.
  if (!id || !hasSavePermission || !hasPublishedDoc || unpublishedVersionCount > 0) return null
  const at = state.kind === 'done' ? formatDay(state.body.checkedOn, i18n.language) : ''

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" size="small" disabled={state.kind === 'busy'} onClick={run}>
        {nl ? 'Nog actueel' : 'Still current'}
      </Button>
      <p role="status" style={{ margin: 0 }}>
        {state.kind === 'done' && (nl ? `Gecontroleerd op ${at}.` : `Checked on ${at}.`)}
        {state.kind === 'error' && state.message}
        {state.kind === 'idle' &&
          (nl
            ? 'Klopt alles nog? Dan weet de redactie dat dit aanbod actueel is.'
            : 'Is everything still right? Confirm it here.')}
      </p>
    </div>
  )
}
