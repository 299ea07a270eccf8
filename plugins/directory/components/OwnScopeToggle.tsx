import type { TypedUser } from 'payload'

import { getUserOrganisationIDs } from '../../../collections/access/getUserOrganisationIDs'
import { isEditorUser } from '../../../collections/access/roles'
import { ALL_SCOPE } from '../../../collections/fields/moderatedAdmin'

const TEXT = {
  nl: {
    own: 'Je ziet alleen wat van je eigen organisatie is.',
    showAll: 'Toon ook wat anderen publiceren',
    all: 'Je ziet alles wat je mag bekijken.',
    showOwn: 'Toon alleen mijn organisatie',
  },
  en: {
    own: 'You see only what belongs to your own organisation.',
    showAll: 'Also show what others publish',
    all: 'You see everything you may read.',
    showOwn: 'Show only my organisation',
  },
}

/** Above a member's list: which documents it shows, and the switch to the other scope. */
export const OwnScopeToggle = ({
  user,
  searchParams,
  collectionConfig,
  i18n,
  payload,
}: {
  user?: TypedUser | null
  searchParams?: Record<string, unknown>
  collectionConfig?: { slug: string }
  i18n?: { language: string }
  payload?: { config: { routes: { admin: string } } }
}) => {
  if (
    !user ||
    isEditorUser(user) ||
    getUserOrganisationIDs(user).length === 0 ||
    !collectionConfig ||
    !payload
  )
    return null
  const t = i18n?.language === 'en' ? TEXT.en : TEXT.nl
  const all = searchParams?.scope === ALL_SCOPE
  const base = `${payload.config.routes.admin}/collections/${collectionConfig.slug}`
  return (
    <p className="meedoen-scope" style={{ marginBottom: 'var(--base)' }}>
      {all ? t.all : t.own}{' '}
      <a href={all ? base : `${base}?scope=${ALL_SCOPE}`}>{all ? t.showOwn : t.showAll}</a>
    </p>
  )
}
