import type { Payload, Where } from 'payload'

import type { Profile } from '../payload-types'
import type { Visitor } from './cms'

export interface ColleagueQuery {
  /** Words in the name, organisation, role or what they help with. */
  q?: string
  area?: string
  theme?: string
}

const ID = /^\d{1,12}$/

/** Only people in the chain see the who's who (the collection's own rule; the page asks first). */
export const readsWhosWho = (user: Visitor | null): boolean =>
  Boolean(
    user?.roles?.some((r) => r === 'professional' || r === 'editor' || r === 'admin') ||
    user?.memberships?.length,
  )

/**
 * Colleagues in the who's who as the visitor may see them (published entries, and their own):
 * by neighbourhood, theme and words, by name. At most 100; the filters narrow it down.
 */
export const findColleagues = async (
  payload: Payload,
  user: Visitor,
  query: ColleagueQuery,
): Promise<{ docs: Profile[]; total: number; own: Profile | null }> => {
  const and: Where[] = []
  if (query.area && ID.test(query.area)) and.push({ areas: { in: [Number(query.area)] } })
  if (query.theme && ID.test(query.theme)) and.push({ themes: { in: [Number(query.theme)] } })
  for (const word of (query.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5))
    and.push({
      or: ['name', 'organisationName', 'jobTitle', 'helpWith'].map((field) => ({
        [field]: { like: word.slice(0, 50) },
      })),
    })
  const as = { overrideAccess: false, user, depth: 1 } as const
  const [found, own] = await Promise.all([
    payload.find({ collection: 'profiles', where: { and }, sort: 'name', limit: 100, ...as }),
    payload.find({ collection: 'profiles', where: { user: { equals: user.id } }, limit: 1, ...as }),
  ])
  return { docs: found.docs, total: found.totalDocs, own: own.docs[0] ?? null }
}
