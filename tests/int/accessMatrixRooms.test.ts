import { beforeAll, describe, expect, test } from '@jest/globals'

import type { UntypedLocalApi } from '../helpers/apiDrivers'
import { type ActorName, ACTOR_NAMES } from '../helpers/accessFixtures'
import { useAccessMatrix } from '../helpers/accessMatrixSuite'

/**
 * The access matrix of room requests: six actors × room-bookings (a room of organisation A's
 * venue and of B's) × create / read / answer / delete, and the taken times (room-slots, written
 * only by the server), through the Local API (overrideAccess: false) and REST; every refusal
 * also checks that nothing changed.
 */
const suite = useAccessMatrix('room access matrix')

type Doc = Record<string, unknown> & { id: number }
const sys = () => suite.t.payload as unknown as UntypedLocalApi<Doc>
const rooms: Record<'A' | 'B', { venue: number; roomId: string }> = {} as never
let day = 30
beforeAll(async () => {
  for (const org of ['A', 'B'] as const) {
    const venue = Number(suite.f.docs.venues[org === 'A' ? 'pubA' : 'pubB'])
    const updated = await sys().update({
      collection: 'venues',
      id: venue,
      data: { rooms: [{ name: `Zaal ${org}`, capacity: 30, stepFree: 'yes', bookable: true }] },
      overrideAccess: true,
    })
    rooms[org] = { venue, roomId: (updated.rooms as { id: string }[])[0]!.id }
  }
})

/** A request for a fresh date each time, so no two collide. */
const requestFor = (org: 'A' | 'B', groupName: string) => ({
  ...rooms[org],
  date: new Date(Date.now() + day++ * 86_400_000).toISOString().slice(0, 10),
  start: '10:00',
  end: '11:00',
  purpose: 'Overleg',
  people: 5,
  groupName,
  contactName: 'K',
  email: 'k@matrix.test',
  consent: true,
})
const systemRead = (id: string) =>
  sys().findByID({
    collection: 'room-bookings',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
const SEES: Record<ActorName, { A: boolean; B: boolean }> = {
  anonymous: { A: false, B: false },
  professional: { A: false, B: false },
  memberA: { A: true, B: false },
  memberB: { A: false, B: true },
  editor: { A: true, B: true },
  admin: { A: true, B: true },
}
const EDITORS = (actor: ActorName) => actor === 'editor' || actor === 'admin'

describe.each(['local', 'rest'] as const)('%s API', (api) => {
  const d = () => suite.drivers[api]

  test.each(ACTOR_NAMES)(
    '%s: may ask for a room (from the public form: visitors only)',
    async (actor) => {
      const name = `${api}-${actor}`
      const made = await d().create(suite.f.users[actor], 'room-bookings', requestFor('A', name))
      expect(made.ok).toBe(actor === 'anonymous')
      const stored = await suite.t.payload.count({
        collection: 'room-bookings',
        where: { groupName: { equals: name } },
        overrideAccess: true,
      })
      expect(stored.totalDocs).toBe(actor === 'anonymous' ? 1 : 0)
    },
  )

  test.each(ACTOR_NAMES.flatMap((a) => (['A', 'B'] as const).map((o) => [a, o] as const)))(
    '%s and a request for a room of organisation %s: read, answer (not rewrite), delete',
    async (actor, org) => {
      const name = `${api}-${actor}-${org}`
      const id = String(
        (
          await sys().create({
            collection: 'room-bookings',
            data: requestFor(org, name),
            overrideAccess: false,
            user: null,
          })
        ).id,
      )
      const reads = SEES[actor][org]
      expect((await d().findIDs(suite.f.users[actor], 'room-bookings')).includes(id)).toBe(reads)
      const res = await d().update(suite.f.users[actor], 'room-bookings', id, {
        status: 'accepted',
        groupName: 'herschreven',
      })
      expect(res.ok).toBe(reads)
      expect(await systemRead(id)).toMatchObject({
        status: reads ? 'accepted' : 'requested',
        groupName: name,
      })
      const held = await suite.t.payload.count({
        collection: 'room-slots',
        where: { booking: { equals: Number(id) } },
        overrideAccess: true,
      })
      expect(held.totalDocs).toBe(reads ? 4 : 0)
      expect((await d().remove(suite.f.users[actor], 'room-bookings', id)).ok).toBe(EDITORS(actor))
      expect(Boolean(await systemRead(id))).toBe(!EDITORS(actor))
    },
  )

  test.each(ACTOR_NAMES)('%s: reads the taken times, never writes them', async (actor) => {
    const [slot] = (
      await suite.t.payload.find({ collection: 'room-slots', limit: 1, overrideAccess: true })
    ).docs
    expect((await d().findIDs(suite.f.users[actor], 'room-slots')).length).toBeGreaterThan(0)
    const key = `${api}-${actor}-x`
    expect(
      (
        await d().create(suite.f.users[actor], 'room-slots', {
          key,
          venue: rooms.A.venue,
          roomId: 'x',
          date: '2030-01-01',
          from: '10:00',
          until: '11:00',
          booking: 1,
        })
      ).ok,
    ).toBe(false)
    if (slot) {
      expect(
        (await d().update(suite.f.users[actor], 'room-slots', String(slot.id), { until: '23:00' }))
          .ok,
      ).toBe(false)
      expect((await d().remove(suite.f.users[actor], 'room-slots', String(slot.id))).ok).toBe(false)
    }
  })
})
