'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { formatMoment } from './dutchDate'

type Row = {
  id: string
  updatedAt: string
  version?: { _status?: string; editedByName?: string | null; editedByEditor?: boolean | null }
}

const TEXT = {
  nl: {
    title: 'Laatste wijzigingen',
    published: 'gepubliceerd',
    draft: 'concept',
    editors: 'redactie',
    unknown: 'onbekend',
    all: 'Alle versies',
  },
  en: {
    title: 'Latest changes',
    published: 'published',
    draft: 'draft',
    editors: 'editors',
    unknown: 'unknown',
    all: 'All versions',
  },
}

const LIMIT = 5

/**
 * In the sidebar: who made the last few changes, when, and whether they were published —
 * read through REST as the user, so only versions they may read. Payload's versions list has
 * no column for it; each row links to Payload's own comparison of that version.
 */
export const VersionHistory = () => {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? TEXT.en : TEXT.nl
  const [rows, setRows] = useState<Row[] | null>(null)
  const savedAt = (savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt

  useEffect(() => {
    if (!id || !collectionSlug) return
    const query = new URLSearchParams({
      'where[parent][equals]': String(id),
      sort: '-updatedAt',
      limit: String(LIMIT),
      depth: '0',
    })
    let live = true
    fetch(`/api/${collectionSlug}/versions?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: Row[] }) => live && setRows(body.docs ?? []))
      .catch(() => live && setRows([]))
    return () => {
      live = false
    }
  }, [id, collectionSlug, savedAt])

  if (!id || !rows?.length) return null
  const base = `/admin/collections/${collectionSlug}/${id}/versions`
  return (
    <div className="field-type version-history" style={{ marginBottom: '1.5rem' }}>
      <h3 style={{ fontSize: '1rem', margin: '0 0 0.5rem' }}>{t.title}</h3>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {rows.map((row) => {
          const who = row.version?.editedByName ?? t.unknown
          return (
            <li key={row.id} style={{ marginBottom: '0.4rem' }}>
              <a href={`${base}/${row.id}`}>{formatMoment(row.updatedAt, i18n.language)}</a>
              <br />
              <small>
                {who}
                {row.version?.editedByEditor ? ` (${t.editors})` : ''} ·{' '}
                {row.version?._status === 'published' ? t.published : t.draft}
              </small>
            </li>
          )
        })}
      </ul>
      <a href={base}>{t.all}</a>
    </div>
  )
}
