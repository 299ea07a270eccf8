'use client'

import { Button, useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { formatDay } from './dutchDate'
import { type ActionState, usePostAction } from './usePostAction'

const TEXT = {
  nl: {
    waiting: (d: string) => `Wacht op beoordeling sinds ${d}.`,
    waitingHint: 'De redactie bekijkt het en publiceert het, of vraagt om een wijziging.',
    changes: 'Wijzigingen gevraagd door de redactie:',
    changesHint: 'Pas het aan en kies daarna "Indienen ter beoordeling".',
    changesHintEditor: 'De organisatie past het aan en dient het opnieuw in.',
    ask: 'Wat moet er anders?',
    askButton: 'Wijzigingen vragen',
    sent: 'Verstuurd. De organisatie krijgt een e-mail.',
  },
  en: {
    waiting: (d: string) => `Awaiting review since ${d}.`,
    waitingHint: 'The editors will publish it or ask for a change.',
    changes: 'The editors asked for changes:',
    changesHint: 'Make the changes, then choose "Submit for review".',
    changesHintEditor: 'The organisation will make the changes and submit it again.',
    ask: 'What should change?',
    askButton: 'Request changes',
    sent: 'Sent. The organisation gets an e-mail.',
  },
}

type Text = (typeof TEXT)['nl']

/** The editors' "request changes": a comment for the organisation and the button that sends it. */
const RequestChanges = ({
  t,
  draft,
  setDraft,
  request,
}: {
  t: Text
  draft: string
  setDraft: (draft: string) => void
  request: { state: ActionState<unknown>; run: () => void }
}) => (
  <>
    <label htmlFor="meedoen-review-comment">{t.ask}</label>
    <textarea
      id="meedoen-review-comment"
      rows={4}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      style={{ width: '100%' }}
    />
    <Button
      buttonStyle="secondary"
      size="small"
      disabled={!draft.trim() || request.state.kind === 'busy'}
      onClick={request.run}
    >
      {t.askButton}
    </Button>
    {request.state.kind === 'done' && <p>{t.sent}</p>}
    {request.state.kind === 'error' && <p className="meedoen-error">{request.state.message}</p>}
  </>
)

/** Changes requested: the editors' comment, and what happens next. */
const ChangesRequested = ({
  t,
  comment,
  editor,
}: {
  t: Text
  comment: string | undefined
  editor: boolean
}) => (
  <div
    className="field-type meedoen-review-status"
    role="status"
    style={{ marginBottom: '1.5rem' }}
  >
    <p style={{ margin: 0 }}>
      <strong>{t.changes}</strong>
    </p>
    <blockquote style={{ margin: '0.5rem 0', whiteSpace: 'pre-wrap' }}>{comment}</blockquote>
    <p style={{ marginTop: 0 }}>{editor ? t.changesHintEditor : t.changesHint}</p>
  </div>
)

/** At the top of the sidebar: where the document is in review, and the editors' "request changes". */
export const ReviewStatus = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? TEXT.en : TEXT.nl
  const state = useFormFields(([fields]) => fields.reviewState?.value) as string | undefined
  const submittedAt = useFormFields(([fields]) => fields.submittedAt?.value)
  const comment = useFormFields(([fields]) => fields.reviewComment?.value) as string | undefined
  const [draft, setDraft] = useState('')
  const roles = (user as { roles?: string[] } | null)?.roles ?? []
  const editor = roles.includes('editor') || roles.includes('admin')
  const request = usePostAction<{ reviewState: string }>(
    id ? `/api/${collectionSlug}/${id}/request-changes` : null,
    { comment: draft },
  )

  if (state === 'awaiting_review') {
    return (
      <div
        className="field-type meedoen-review-status"
        role="status"
        style={{ marginBottom: '1.5rem' }}
      >
        <p style={{ margin: 0 }}>
          <strong>{t.waiting(formatDay(submittedAt, i18n.language))}</strong>
        </p>
        <p style={{ marginTop: 0 }}>{t.waitingHint}</p>
        {editor && id && (
          <RequestChanges t={t} draft={draft} setDraft={setDraft} request={request} />
        )}
      </div>
    )
  }
  if (state === 'changes_requested') {
    return <ChangesRequested t={t} comment={comment} editor={editor} />
  }
  return null
}
