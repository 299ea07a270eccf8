import type { Payload } from 'payload'

import { amsterdamDay } from '../lib/contact'
import type { RoomBooking } from '../payload-types'
import { publicRequest } from './contact'

export interface Taken {
  date: string
  from: string
  until: string
}

/** When a room is taken in the coming `weeks` (accepted bookings; no one's details). */
export const takenTimes = async (
  payload: Payload,
  room: { venue: number; roomId: string },
  now: Date,
  weeks = 8,
): Promise<Taken[]> => {
  const today = amsterdamDay(now)
  const last = amsterdamDay(new Date(now.getTime() + weeks * 7 * 24 * 60 * 60 * 1000))
  const { docs } = await payload.find({
    collection: 'room-slots',
    where: {
      and: [
        { venue: { equals: room.venue } },
        { roomId: { equals: room.roomId } },
        { date: { greater_than_equal: today } },
        { date: { less_than_equal: last } },
      ],
    },
    sort: 'date',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: null,
    select: { date: true, from: true, until: true, booking: true },
  })
  const seen = new Map<number, Taken>()
  for (const slot of docs)
    seen.set(slot.booking, { date: slot.date, from: slot.from, until: slot.until })
  return [...seen.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || a.from.localeCompare(b.from),
  )
}

/** Stores a room request as the anonymous visitor; access and hooks decide the rest. */
export const createRoomBooking = async (
  payload: Payload,
  data: Pick<
    RoomBooking,
    | 'venue'
    | 'roomId'
    | 'date'
    | 'start'
    | 'end'
    | 'purpose'
    | 'people'
    | 'groupName'
    | 'contactName'
    | 'email'
  > & { phone?: string },
  language: 'nl' | 'en' = 'nl',
) =>
  payload.create({
    collection: 'room-bookings',
    data: { ...data, phone: data.phone || null, consent: true, status: 'requested' },
    overrideAccess: false,
    user: null,
    req: await publicRequest(payload, language),
  })
