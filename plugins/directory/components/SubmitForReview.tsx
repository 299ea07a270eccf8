'use client'

import {
  FormSubmit,
  PublishButton,
  SaveDraftButton,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormModified,
  useOperation,
  useTranslation,
} from '@payloadcms/ui'

/**
 * Members who may not publish (their organisation is not verified) get one primary action:
 * "Indienen ter beoordeling" saves the draft, checked like a publish, and hands it to the
 * editors. Whoever may publish gets Payload's own buttons. Whether one may publish is what
 * the server's update access says for `_status: 'published'` (`hasPublishPermission`).
 */
const SubmitForReviewButton = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { submit } = useForm()
  const modified = useFormModified()
  const operation = useOperation()
  const { i18n } = useTranslation()
  const action = `${config.routes.api}/${collectionSlug}${id ? `/${id}` : ''}?depth=0&draft=true`
  return (
    <FormSubmit
      buttonId="action-submit-review"
      size="medium"
      disabled={operation === 'update' && !modified}
      onClick={() =>
        void submit({ action, method: id ? 'PATCH' : 'POST', overrides: { _status: 'draft' } })
      }
    >
      {i18n.language === 'en' ? 'Submit for review' : 'Indienen ter beoordeling'}
    </FormSubmit>
  )
}

export const PublishOrSubmit = () => {
  const { hasPublishPermission } = useDocumentInfo()
  return hasPublishPermission ? <PublishButton /> : <SubmitForReviewButton />
}

/** A plain draft save only for those who publish: for the others every save is a submission. */
export const SaveDraftIfPublisher = () => {
  const { hasPublishPermission } = useDocumentInfo()
  return hasPublishPermission ? <SaveDraftButton /> : null
}
