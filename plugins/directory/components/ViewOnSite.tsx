'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'

import { documentHref, PAGE_OF, type PublicSlug } from '../../../src/lib/paths'

/** In the sidebar of a published document: its public page, opened in a new tab. */
export const ViewOnSite = () => {
  const { collectionSlug, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const { i18n } = useTranslation()
  const slug = useFormFields(([fields]) => fields.slug?.initialValue) as string | undefined
  if (!hasPublishedDoc || !slug || !collectionSlug || !(collectionSlug in PAGE_OF)) return null
  const nl = i18n.language !== 'en'
  return (
    <p className="field-type" style={{ marginBottom: '1.5rem' }}>
      <a
        href={documentHref(nl ? 'nl' : 'en', collectionSlug as PublicSlug, slug)}
        target="_blank"
        rel="noopener"
      >
        {nl ? 'Bekijk op de site' : 'View on the site'}
        <span className="sr-only">
          {nl ? ' (opent in een nieuw tabblad)' : ' (opens in a new tab)'}
        </span>
      </a>
      {unpublishedVersionCount > 0 ? (
        <>
          <br />
          <small>
            {nl
              ? 'De site toont de gepubliceerde versie, niet je laatste wijzigingen.'
              : 'The site shows the published version, not your latest changes.'}
          </small>
        </>
      ) : null}
    </p>
  )
}
