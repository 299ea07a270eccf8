'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'

const TEXT = {
  nl: {
    csv: 'Exporteer als CSV',
    xlsx: 'Exporteer als Excel',
    note: 'De export volgt de filter en zoekterm van deze lijst.',
  },
  en: {
    csv: 'Export as CSV',
    xlsx: 'Export as Excel',
    note: 'The export follows the filter and search term of this list.',
  },
}

/** The list's own query parameters the export repeats: its filter, sort, search and (for members) scope. */
const LIST_QUERY = /^(where(\[|$)|sort$|search$|scope$)/

/**
 * Above an admin list: the list as a CSV or Excel file, as filtered and searched now (the
 * address of the list says how; GET /api/export/:collection reads it the same way). Real links
 * with text, so they work with a keyboard and a screen reader and show the browser's focus ring.
 */
export const ExportButtons = ({ collectionSlug }: { collectionSlug?: string }) => {
  const params = useSearchParams()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  if (!collectionSlug) return null
  const t = i18n.language === 'en' ? TEXT.en : TEXT.nl
  const href = (format: 'csv' | 'xlsx') => {
    const query = new URLSearchParams({ format })
    params.forEach((value, key) => {
      if (LIST_QUERY.test(key)) query.append(key, value)
    })
    return `${config.serverURL}${config.routes.api}/export/${collectionSlug}?${query.toString()}`
  }
  return (
    <div className="meedoen-export" style={{ marginBottom: 'var(--base)' }}>
      <p style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)', margin: 0 }}>
        <a href={href('csv')} download>
          {t.csv}
        </a>
        <a href={href('xlsx')} download>
          {t.xlsx}
        </a>
      </p>
      <p style={{ margin: 0 }}>
        <small>{t.note}</small>
      </p>
    </div>
  )
}
