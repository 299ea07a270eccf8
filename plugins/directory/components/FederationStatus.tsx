import type { Payload, TypedUser } from 'payload'

import { isEditorUser } from '../../../collections/access/roles'
import { formatMoment } from './dutchDate'

const TEXT = {
  nl: {
    title: 'Aanbod van elders',
    intro: 'De bronnen waarvan het aanbod ook hier te vinden is.',
    source: 'Bron',
    state: 'Stand',
    listings: 'Aanbod',
    last: 'Laatst gelukt',
    states: { new: 'Nog niet gelezen', ok: 'Bijgewerkt', error: 'Probleem', off: 'Uitgezet' },
    never: 'nog nooit',
  },
  en: {
    title: 'Listings from elsewhere',
    intro: 'The sources whose listings can be found here too.',
    source: 'Source',
    state: 'State',
    listings: 'Listings',
    last: 'Last success',
    states: { new: 'Not read yet', ok: 'Up to date', error: 'Problem', off: 'Switched off' },
    never: 'never',
  },
}

const cell = {
  padding: '0.35rem 0.6rem',
  borderBottom: '1px solid var(--theme-elevation-150)',
  textAlign: 'left' as const,
  verticalAlign: 'top' as const,
}

/** On the editors' dashboard: each outside source, its state, how much it brings, and its last problem. */
export const FederationStatus = async ({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: TypedUser | null
  i18n?: { language: string }
}) => {
  if (!user || !isEditorUser(user)) return null
  const { docs } = await payload.find({
    collection: 'federation-sources',
    overrideAccess: false,
    user,
    depth: 0,
    limit: 50,
    sort: 'name',
  })
  if (!docs.length) return null
  const lang = i18n?.language === 'en' ? 'en' : 'nl'
  const t = TEXT[lang]
  return (
    <section aria-labelledby="federation-status" style={{ marginBottom: '2rem' }}>
      <h2 id="federation-status">{t.title}</h2>
      <p>{t.intro}</p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {[t.source, t.state, t.listings, t.last].map((h) => (
              <th key={h} style={cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {docs.map((s) => (
            <tr key={s.id} data-state={s.status ?? 'new'}>
              <td style={cell}>
                <a href={`${payload.config.routes.admin}/collections/federation-sources/${s.id}`}>
                  {s.name}
                </a>
              </td>
              <td style={cell}>
                {t.states[s.status ?? 'new']}
                {s.status === 'error' && s.lastError ? (
                  <div style={{ color: 'var(--theme-error-600)' }}>{s.lastError}</div>
                ) : null}
              </td>
              <td style={cell}>{s.listingCount ?? 0}</td>
              <td style={cell}>
                {s.lastSuccessAt ? formatMoment(s.lastSuccessAt, lang) : t.never}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
