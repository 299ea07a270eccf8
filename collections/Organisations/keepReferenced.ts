import { APIError, type CollectionBeforeDeleteHook, type PayloadRequest } from 'payload'

import { inLanguage } from '../fields/inLanguage'
import { internalRequest } from '../requests'

/**
 * An organisation with listings or venues is not deleted: Payload would empty their link and
 * leave them published without an organisation (the feed and HSDS then leave them out, the
 * site shows them ownerless). Its listings and venues are moved or deleted first. Counted over
 * every version the database holds, as the editor deleting may read them all.
 */
/** How many activities, openings and venues an organisation has, over every row the user may read. */
export const countOwned = async (req: PayloadRequest, id: number | string) => {
  const count = async (collection: 'activities' | 'openings' | 'venues') =>
    (
      await req.payload.count({
        collection,
        where:
          collection === 'venues'
            ? { organisations: { in: [id] } }
            : { organisation: { equals: id } },
        overrideAccess: false,
        req: internalRequest(req),
      })
    ).totalDocs
  const [activities, openings, venues] = await Promise.all([
    count('activities'),
    count('openings'),
    count('venues'),
  ])
  return { activities, openings, venues }
}

export const keepReferenced: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { activities, openings, venues } = await countOwned(req, id)
  if (activities + openings + venues === 0) return
  const list = (parts: [number, string, string][]) =>
    parts
      .filter(([n]) => n > 0)
      .map(([n, one, more]) => `${n} ${n === 1 ? one : more}`)
      .join(', ')
  const nl = list([
    [activities, 'activiteit', 'activiteiten'],
    [openings, 'plek', 'plekken'],
    [venues, 'locatie', 'locaties'],
  ])
  const en = list([
    [activities, 'activity', 'activities'],
    [openings, 'opening', 'openings'],
    [venues, 'venue', 'venues'],
  ])
  throw new APIError(
    inLanguage(
      req,
      `Deze organisatie heeft nog ${nl}. Verplaats of verwijder die eerst.`,
      `This organisation still has ${en}. Move or delete those first.`,
    ),
    409,
    undefined,
    true,
  )
}
