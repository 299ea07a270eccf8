import {
  APIError,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type PayloadRequest,
} from 'payload'

import { slotKeys } from '../../../src/lib/rooms'
import type { RoomBooking } from '../../../src/payload-types'
import { relationID } from '../../access/getUserOrganisationIDs'
import { inLanguage } from '../../fields/inLanguage'
import { systemRequest } from '../../requests'
import { BOOKING_NEXT, BOOKING_STATUSES } from '../options'
import { refuseStep } from '../../hooks/statusSteps'
import { taken } from './prepareBooking'

/**
 * Accepting holds the booking's quarter hours: one row each, whose key the database keeps
 * unique, in the same transaction as the answer. When another booking holds one of them —
 * also one accepted at the same moment — the answer is refused (409) and nothing changes.
 */
const hold = async (req: PayloadRequest, booking: RoomBooking) => {
  const keys = slotKeys({ venue: relationID(booking.venue)!, roomId: booking.roomId }, booking)
  const busy = () =>
    new APIError(
      inLanguage(
        req,
        'Deze ruimte is dan al bezet door een andere aanvraag. Wijs deze af of spreek een andere tijd af.',
        'This room is already taken then by another request. Decline this one or agree another time.',
      ),
      409,
      null,
      true,
    )
  if (await taken(req, keys)) throw busy()
  const system = systemRequest(req, 'room-slot')
  try {
    for (const key of keys)
      await req.payload.create({
        collection: 'room-slots',
        data: {
          key,
          venue: relationID(booking.venue) as number,
          roomId: booking.roomId,
          date: booking.date,
          from: booking.start,
          until: booking.end,
          booking: Number(booking.id),
        },
        req: system,
        overrideAccess: false,
      })
  } catch (error) {
    // The unique key refused a quarter hour another booking took in the meantime.
    if (await taken(req, keys).catch(() => true)) throw busy()
    throw error
  }
}

/**
 * Cancelling or deleting an accepted booking frees its quarter hours. The rows are the server's
 * (no access to ask), removed on the adapter in the same transaction as the change.
 */
const release = (req: PayloadRequest, booking: Pick<RoomBooking, 'id'>) =>
  req.payload.db.deleteMany({
    collection: 'room-slots',
    where: { booking: { equals: Number(booking.id) } },
    req,
  })

/**
 * A request is answered once (accepted or declined); an accepted one can be cancelled. Moving
 * any other way is refused with the two statuses named.
 */
export const answerBooking: CollectionBeforeChangeHook<RoomBooking> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const from = originalDoc.status
  const to = data.status ?? from
  if (to === from) return data
  if (!BOOKING_NEXT[from].includes(to)) refuseStep(req, BOOKING_STATUSES, from, to)
  if (to === 'accepted') await hold(req, originalDoc)
  if (from === 'accepted') await release(req, originalDoc)
  return data
}

/** A deleted booking (erasure, retention, an editor) holds no time any more. */
export const releaseDeleted: CollectionAfterDeleteHook<RoomBooking> = async ({ doc, req }) => {
  await release(req, doc)
  return doc
}
