'use client'

import { useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { isEditorUser, type MaybeUser } from '../../../collections/access/roles'
import { DUPLICATES_TEXT } from './duplicatesText'

interface Similar {
  id: number
  name: string
  kvkNumber: string | null
}

/**
 * Under an organisation's name, for editors: while they type the name or KvK number, the
 * organisations already here that may be the same one (same KvK number, or the same name once
 * case, accents, legal forms and word order are left out), each a link to open it.
 */
export const SimilarOrganisations = () => {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? DUPLICATES_TEXT.en : DUPLICATES_TEXT.nl
  const name = useFormFields(([fields]) => fields.name?.value)
  const kvk = useFormFields(([fields]) => fields.kvkNumber?.value)
  const [similar, setSimilar] = useState<Similar[]>([])
  const editor = isEditorUser(user as MaybeUser)
  useEffect(() => {
    if (!editor) return
    const query = new URLSearchParams({
      name: typeof name === 'string' ? name : '',
      kvk: typeof kvk === 'string' ? kvk : '',
      id: id === undefined ? '' : String(id),
    })
    const controller = new AbortController()
    // Asked once typing pauses, not at every key.
    const timer = setTimeout(() => {
      fetch(`/api/organisations/similar?${query.toString()}`, {
        credentials: 'include',
        signal: controller.signal,
      })
        .then(async (res) => (res.ok ? ((await res.json()) as { docs: Similar[] }).docs : []))
        .then(setSimilar)
        .catch(() => undefined)
    }, 400)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [editor, name, kvk, id])
  if (!editor || similar.length === 0) return <div role="status" />
  return (
    <div role="status" className="meedoen-similar" style={{ marginBottom: 'var(--base)' }}>
      <p style={{ margin: 0 }}>
        <strong>{t.similar}</strong>
      </p>
      <ul style={{ margin: 0 }}>
        {similar.map((o) => (
          <li key={o.id}>
            <a href={`/admin/collections/organisations/${o.id}`}>{o.name}</a>
            {o.kvkNumber ? ` (KvK ${o.kvkNumber})` : ''}
          </li>
        ))}
      </ul>
      <p style={{ margin: 0 }}>{t.similarHint}</p>
    </div>
  )
}
