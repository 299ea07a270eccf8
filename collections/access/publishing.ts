import type { PayloadRequest } from 'payload'

import type { ModerationOptions } from '../hooks/moderateListing'
import { getUserOrganisationIDs, relationID } from './getUserOrganisationIDs'
import { isEditorUser } from './roles'

type ID = number | string

/**
 * Whether the user may publish without an editor's review: editors always; members only for
 * an organisation of theirs that the editors marked verified (when the plugin allows it).
 * `candidates` are the organisations the document belongs to; when unknown (the admin asks
 * before anything is filled in), any of the member's own organisations counts.
 */
export const mayPublishDirectly = async (
  req: PayloadRequest,
  options: ModerationOptions,
  candidates?: unknown[],
): Promise<boolean> => {
  if (isEditorUser(req.user)) return true
  if (!options.verifiedPublishDirectly) return false
  const own = getUserOrganisationIDs(req.user).map(String)
  const wanted = (candidates ?? [])
    .map((c) => relationID(c))
    .filter((id): id is ID => id !== undefined)
    .map(String)
  const ids = wanted.length ? wanted.filter((id) => own.includes(id)) : own
  if (!ids.length) return false
  const { totalDocs } = await req.payload.count({
    collection: 'organisations',
    where: { and: [{ id: { in: ids } }, { verified: { equals: true } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** The organisations a listing (`organisation`) or a venue (`organisations`) names in its data, if any. */
export const organisationsIn = (
  data: Record<string, unknown> | null | undefined,
): unknown[] | undefined =>
  data?.organisation
    ? [data.organisation]
    : Array.isArray(data?.organisations)
      ? data.organisations
      : undefined

/** The document's data says "publish": the admin asks with it, and so does every publishing save. */
export const isPublishing = (data: unknown): boolean =>
  Boolean(
    data && typeof data === 'object' && (data as { _status?: unknown })._status === 'published',
  )
