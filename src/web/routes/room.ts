import express, { type Request, type Response } from 'express'
import { createElement } from 'react'

import { getVenue } from '../../data/listings'
import { createRoomBooking, takenTimes } from '../../data/rooms'
import { formRateLimit } from '../../http/formRateLimit'
import { href, ROOM_SEGMENT, SENT_SEGMENT } from '../../lib/paths'
import type { Venue } from '../../payload-types'
import type { RoomState } from '../components/RoomForm'
import { parseRoomForm } from '../forms/roomInput'
import { type Room, RoomPage, RoomSentPage } from '../pages/RoomPage'
import { refusedBySave } from './listingForm'
import type { Page, Route } from './page'

const formBody = express.urlencoded({ extended: false, limit: '8kb', parameterLimit: 20 })
const NO_STORE = { cache: 'no-store' }

/** The venue as residents see it and its room that takes requests through Meedoen, or null. */
const roomOf = async (page: Page, req: Request): Promise<{ venue: Venue; room: Room } | null> => {
  const found = await getVenue({ payload: page.payload, user: null }, String(req.params.slug))
  const room = found?.venue.rooms?.find((r) => r.id === String(req.params.room) && r.bookable)
  return found && room ? { venue: found.venue, room } : null
}

const paths = (page: Page, venue: Venue, room: Room) => {
  const venueHref = href(page.locale, 'venue', venue.slug ?? '')
  const action = `${venueHref}/${ROOM_SEGMENT[page.locale]}/${encodeURIComponent(room.id ?? '')}`
  return { venueHref, action, sent: `${action}/${SENT_SEGMENT[page.locale]}` }
}

/** The room's page, empty or as the form came back. */
const render = async (
  page: Page,
  [req, res]: [Request, Response],
  { venue, room }: { venue: Venue; room: Room },
  status = 200,
  state?: RoomState,
) => {
  const taken = await takenTimes(
    page.payload,
    { venue: venue.id, roomId: room.id ?? '' },
    new Date(),
  )
  const { venueHref, action } = paths(page, venue, room)
  const element = createElement(RoomPage, { venue, room, taken, action, venueHref, state })
  await page.send(req, res, element, { ...NO_STORE, status })
}

/**
 * `/locatie/:slug/ruimte/:room` (en: `/venue/:slug/room/:room`): a room initiatives can ask for
 * — its facts, the times already taken, and the request form (rate-limited, validated, a
 * honeypot, stored as the anonymous visitor or shown again with what was typed: 400, and 409
 * when the time was taken meanwhile); then the confirmation (`…/verstuurd`).
 */
export const room: Route = (router, page) => {
  const { t, locale, options } = page
  const limit = options.limiters?.room ?? formRateLimit(options.formLimit)
  const path = `${page.path('venue')}/:slug/${ROOM_SEGMENT[locale]}/:room`
  router.get(path, async (req, res, next) => {
    const found = await roomOf(page, req)
    if (!found) return next()
    await render(page, [req, res], found)
  })
  router.post(path, formBody, async (req, res, next) => {
    const found = await roomOf(page, req)
    if (!found) return next()
    const wait = await limit.take(req)
    if (wait !== null) {
      res.set('Retry-After', String(wait))
      const message = t('room.tooMany', { minutes: Math.ceil(wait / 60) })
      return render(page, [req, res], found, 429, { errors: [{ field: '', message }] })
    }
    const input = parseRoomForm(req.body, t)
    if (!input.ok) return render(page, [req, res], found, 400, input)
    if (!input.spam) {
      const { consent: _consent, ...data } = input.data
      const refused = await refusedBySave(() =>
        createRoomBooking(
          page.payload,
          { ...data, venue: found.venue.id, roomId: found.room.id ?? '' },
          locale,
        ),
      )
      if (refused) {
        const unavailable = refused.status === 503
        const message = unavailable ? t('error.notStored') : refused.message
        const values = { ...input.data, people: String(input.data.people) }
        return render(page, [req, res], found, refused.status, {
          errors: [{ field: '', message }],
          values,
        })
      }
    }
    res.redirect(303, paths(page, found.venue, found.room).sent)
  })
  router.get(`${path}/${SENT_SEGMENT[locale]}`, async (req, res, next) => {
    const found = await roomOf(page, req)
    if (!found) return next()
    const { venueHref } = paths(page, found.venue, found.room)
    const sent = createElement(RoomSentPage, {
      venue: found.venue.name,
      room: found.room.name,
      venueHref,
    })
    await page.send(req, res, sent, NO_STORE)
  })
}
