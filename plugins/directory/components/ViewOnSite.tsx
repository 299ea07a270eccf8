'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'

import type { ModeratedSlug } from '../jobs/moderationEmail'
import { PUBLIC_SEGMENT } from '../publicPaths'

/** In the sidebar of a published document: its public page, opened in a new tab. */
export const ViewOnSite = () => {
  const { collectionSlug, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const { i18n } = useTranslation()
  const slug = useFormFields(([fields]) => fields.slug?.initialValue) as string | undefined
  const segment = PUBLIC_SEGMENT[collectionSlug as ModeratedSlug]
  if (!hasPublishedDoc || !slug || !segment) return null
  const nl = i18n.language !== 'en'
  return (
    <p className="field-type" style={{ marginBottom: '1.5rem' }}>
      <a href={`/${segment}/${slug}`} target="_blank" rel="noopener">
        {nl ? 'Bekijk op de site' : 'View on the site'}
        <span className="sr-only">{nl ? ' (opent in een nieuw tabblad)' : ' (opens in a new tab)'}</span>
      </a>
      {unpublishedVersionCount > 0 ? (
        <>
          <br />
          <small>{nl ? 'De site toont de gepubliceerde versie, niet je laatste wijzigingen.' : 'The site shows the published version, not your latest changes.'}</small>
        </>
      ) : null}
    </p>
  )
}
