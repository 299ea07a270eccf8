/**
 * Longer than 200 lines because it is one table: every role against each collection's rules,
 * through the Local API and REST, checked against the expected-outcome maps at the top on one
 * started Payload with its fixtures.
 */
import { handleEndpoints } from 'payload'
import sharp from 'sharp'

import { attempt, type ApiDriver, type UntypedLocalApi } from '../helpers/apiDrivers'
import {
  type AccessFixtures,
  type ActorName,
  activityData,
  VENUE_ANSWERS,
  type FixtureCollection,
  type ListingDocs,
  openingData,
} from '../helpers/accessFixtures'
import { useAccessMatrix } from '../helpers/accessMatrixSuite'
import type { TestPayload } from '../helpers/payload'

/**
 * The access matrix: roles × collections × operations × own / other organisation, through
 * the Local API (overrideAccess: false) and through REST. Every row asserts the outcome and
 * that a refused write changed nothing.
 */
const suite = useAccessMatrix('access matrix')
let t: TestPayload
let f: AccessFixtures
const drivers: Record<'local' | 'rest', ApiDriver> = {} as never
beforeAll(() => {
  ;({ t, f } = suite)
  Object.assign(drivers, suite.drivers)
})

const ALL4 = ['draftA', 'draftB', 'pubA', 'pubB']
const PUBLIC = ['pubA', 'pubB']
const LISTING_READ: Record<ActorName, string[]> = {
  anonymous: PUBLIC,
  professional: PUBLIC,
  memberA: ['draftA', 'pubA', 'pubB'],
  memberB: ['draftB', 'pubA', 'pubB'],
  editor: ALL4,
  admin: ALL4,
}
// who may create / update / delete something owned by organisation A, and by B
const OWN_ORG_WRITE: Record<ActorName, { A: boolean; B: boolean }> = {
  anonymous: { A: false, B: false },
  professional: { A: false, B: false },
  memberA: { A: true, B: false },
  memberB: { A: false, B: true },
  editor: { A: true, B: true },
  admin: { A: true, B: true },
}
const EDITORS_ONLY: Record<ActorName, boolean> = {
  anonymous: false,
  professional: false,
  memberA: false,
  memberB: false,
  editor: true,
  admin: true,
}
const ACTORS = Object.keys(LISTING_READ) as ActorName[]

const sys = () => t.payload as unknown as UntypedLocalApi
const systemRead = (collection: string, id: string) =>
  sys().findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
/** The fixture names among the IDs; documents other tests created are checked by `othersAllowed`. */
const names = (collection: FixtureCollection, ids: string[]) =>
  ids
    .flatMap((id) => Object.entries(f.docs[collection]).find(([, v]) => v === id)?.[0] ?? [])
    .sort()

/** Every non-fixture document an actor sees must be one the rules let it see. */
const othersAllowed = async (actor: ActorName, collection: FixtureCollection, ids: string[]) => {
  const known = new Set(Object.values(f.docs[collection]))
  for (const id of ids.filter((i) => !known.has(i))) {
    const doc = await systemRead(collection, id)
    if (actor === 'editor' || actor === 'admin') continue
    const org = String(
      collection === 'organisations'
        ? doc?.id
        : collection === 'venues'
          ? (doc?.organisations as unknown[])?.[0]
          : doc?.organisation,
    )
    const own =
      (actor === 'memberA' && org === String(f.orgA)) ||
      (actor === 'memberB' && org === String(f.orgB))
    expect({
      id,
      visible: own || (doc?._status === 'published' && doc?.staleHidden !== true),
    }).toEqual({ id, visible: true })
  }
}

describe.each(['local', 'rest'] as const)('%s API', (api) => {
  const d = () => drivers[api]

  describe.each(['activities', 'openings', 'venues'] as const)('%s', (collection) => {
    const build = (org: string, title: string) =>
      collection === 'activities'
        ? activityData(org, title)
        : collection === 'openings'
          ? openingData(org, title)
          : {
              name: title,
              type: 'buurthuis',
              organisations: [Number(org)],
              accessibility: VENUE_ANSWERS,
              _status: 'draft',
              address: {
                street: 'Dorpsstraat',
                houseNumber: '2',
                postcode: '9752 AA',
                city: 'Haren',
              },
            }
    const titleField = collection === 'venues' ? 'name' : 'title'

    test.each(ACTORS)('read: %s sees exactly the expected documents', async (actor) => {
      const ids = await d().findIDs(f.users[actor], collection)
      expect(names(collection, ids)).toEqual(LISTING_READ[actor])
      await othersAllowed(actor, collection, ids)
    })

    test.each(ACTORS.flatMap((a) => (['A', 'B'] as const).map((o) => [a, o] as const)))(
      'create: %s in organisation %s',
      async (actor, org) => {
        const title = `${api}-${collection}-create-${actor}-${org}`
        const res = await d().create(
          f.users[actor],
          collection,
          build(org === 'A' ? f.orgA : f.orgB, title),
        )
        const allowed = OWN_ORG_WRITE[actor][org]
        expect(res.ok).toBe(allowed)
        // A member may create, but only for their own organisation: another one is a field error.
        if (!res.ok) expect(actor.startsWith('member') ? [400] : [401, 403]).toContain(res.status)
        const stored = await sys().find({
          collection,
          where: { [titleField]: { equals: title } },
          draft: true,
          overrideAccess: true,
        })
        expect(stored.totalDocs).toBe(allowed ? 1 : 0)
      },
    )

    test.each(ACTORS.flatMap((a) => (['A', 'B'] as const).map((o) => [a, o] as const)))(
      'update a draft: %s in organisation %s',
      async (actor, org) => {
        const target = f.docs[collection][`draft${org}` as const]
        const title = `${api}-${collection}-update-${actor}-${org}`
        const res = await d().update(f.users[actor], collection, target, {
          [titleField]: title,
          _status: 'draft',
        })
        const allowed = OWN_ORG_WRITE[actor][org]
        expect(res.ok).toBe(allowed)
        if (!res.ok) expect([401, 403, 404]).toContain(res.status)
        const after = await systemRead(collection, target)
        expect(after?.[titleField] === title).toBe(allowed)
      },
    )

    test.each(ACTORS.flatMap((a) => (['A', 'B'] as const).map((o) => [a, o] as const)))(
      'delete: %s in organisation %s',
      async (actor, org) => {
        const victim = await sys().create({
          collection,
          data: build(org === 'A' ? f.orgA : f.orgB, `${api}-victim-${actor}-${org}`),
          draft: true,
          overrideAccess: true,
        })
        const res = await d().remove(f.users[actor], collection, String(victim.id))
        // Venues are shared by organisations: only editors delete them.
        const allowed = collection === 'venues' ? EDITORS_ONLY[actor] : OWN_ORG_WRITE[actor][org]
        expect(res.ok).toBe(allowed)
        expect(Boolean(await systemRead(collection, String(victim.id)))).toBe(!allowed)
      },
    )

    test.each(ACTORS)('readVersions: %s on a draft of organisation A', async (actor) => {
      const res = await d().findVersions(f.users[actor], collection, f.docs[collection].draftA)
      const versions = res.ok ? ((res.doc?.docs as unknown[]) ?? []) : []
      const allowed = OWN_ORG_WRITE[actor].A
      if (!allowed) {
        // Refused outright, or allowed to ask but shown nothing of A's.
        expect(versions).toHaveLength(0)
      } else {
        expect(res.ok).toBe(true)
        expect(versions.length).toBeGreaterThan(0)
      }
    })
  })

  describe.each(['activities', 'openings'] as const)('%s professional fields', (collection) => {
    const SEES: Record<ActorName, boolean> = {
      anonymous: false,
      professional: true,
      memberA: true,
      memberB: false,
      editor: true,
      admin: true,
    }
    test.each(ACTORS)('%s', async (actor) => {
      const res = await d().findByID(f.users[actor], collection, f.docs[collection].pubA)
      expect(res.ok).toBe(true)
      const notes = (res as { doc: { professional?: { referralNotes?: string } } }).doc.professional
        ?.referralNotes
      expect(notes === `Verwijsnotitie ${collection} pubA`).toBe(SEES[actor])
    })
  })

  describe.each(['themes', 'areas', 'school-holidays'] as const)('%s (taxonomy)', (collection) => {
    const data = (n: string) =>
      collection === 'themes'
        ? { name: n }
        : collection === 'areas'
          ? { name: n, municipality: 'Groningen' }
          : {
              name: n,
              region: 'midden',
              firstDay: '2027-02-20T12:00:00.000Z',
              lastDay: '2027-02-28T12:00:00.000Z',
            }

    test.each(ACTORS)('%s reads, and writes only as editor or admin', async (actor) => {
      expect(await d().findIDs(f.users[actor], collection)).toContain(f.docs[collection].one)
      const allowed = EDITORS_ONLY[actor]
      const created = await d().create(f.users[actor], collection, data(`${api}-${actor}`))
      expect(created.ok).toBe(allowed)
      const res = await d().update(f.users[actor], collection, f.docs[collection].one, {
        name: `${api}-renamed-${actor}`,
      })
      expect(res.ok).toBe(allowed)
      const victim = await sys().create({
        collection,
        data: data(`${api}-victim-${actor}`),
        overrideAccess: true,
      })
      expect((await d().remove(f.users[actor], collection, String(victim.id))).ok).toBe(allowed)
      expect(Boolean(await systemRead(collection, String(victim.id)))).toBe(!allowed)
    })
  })

  describe('organisations', () => {
    const READ: Record<ActorName, string[]> = {
      anonymous: ['A', 'B'],
      professional: ['A', 'B'],
      memberA: ['A', 'B'],
      memberB: ['A', 'B'],
      editor: ['A', 'B', 'draft'],
      admin: ['A', 'B', 'draft'],
    }
    test.each(ACTORS)('%s', async (actor) => {
      const ids = await d().findIDs(f.users[actor], 'organisations')
      expect(names('organisations', ids)).toEqual(READ[actor])
      await othersAllowed(actor, 'organisations', ids)
      const created = await d().create(f.users[actor], 'organisations', {
        name: `${api} nieuw ${actor}`,
        type: 'werkgever',
        _status: 'draft',
      })
      expect(created.ok).toBe(EDITORS_ONLY[actor])
      for (const org of ['A', 'B'] as const) {
        const description = `${api} ${actor} was here`
        // As the admin saves: a draft (for an unverified organisation's member, a submission).
        const res = await d().update(f.users[actor], 'organisations', f.docs.organisations[org], {
          description,
          _status: 'draft',
        })
        expect(res.ok).toBe(OWN_ORG_WRITE[actor][org])
        const after = await systemRead('organisations', f.docs.organisations[org])
        expect(after?.description === description).toBe(OWN_ORG_WRITE[actor][org])
      }
      const victim = await sys().create({
        collection: 'organisations',
        data: { name: `${api} weg ${actor}`, type: 'zorg' },
        overrideAccess: true,
      })
      expect((await d().remove(f.users[actor], 'organisations', String(victim.id))).ok).toBe(
        EDITORS_ONLY[actor],
      )
    })

    test.each(ACTORS)('members of organisation A, as %s sees them', async (actor) => {
      const res = await d().findByID(f.users[actor], 'organisations', f.docs.organisations.A)
      expect(res.ok).toBe(true)
      const members = ((res.ok && (res.doc?.members as { docs?: unknown[] })?.docs) || []).map(
        (m) => String(typeof m === 'object' && m ? (m as { id: unknown }).id : m),
      )
      // Users' read access decides: editors see every member, a member only themself, residents nobody.
      const expected = EDITORS_ONLY[actor]
        ? [f.docs.users.memberA]
        : actor === 'memberA'
          ? [f.docs.users.memberA]
          : []
      expect(members).toEqual(expected)
    })

    test('a member cannot mark their own organisation verified', async () => {
      await d().update(f.users.memberB, 'organisations', f.docs.organisations.B, { verified: true })
      expect((await systemRead('organisations', f.docs.organisations.B))?.verified).toBe(false)
    })
  })

  describe('media', () => {
    const image = sharp({
      create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 90, b: 20 } },
    })
      .png()
      .toBuffer()
    const upload = async (actor: ActorName, alt: string) => {
      const data = await image
      const file = { data, mimetype: 'image/png', name: `${alt}.png`, size: data.length }
      if (api === 'local') {
        return attempt(() =>
          t.payload.create({
            collection: 'media',
            data: { alt },
            file,
            overrideAccess: false,
            user: f.users[actor].user,
          }),
        )
      }
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(data)], { type: 'image/png' }), file.name)
      form.append('_payload', JSON.stringify({ alt }))
      const headers: Record<string, string> = f.users[actor].token
        ? { authorization: `JWT ${f.users[actor].token}` }
        : {}
      const res = await handleEndpoints({
        config: t.payload.config,
        request: new Request('http://localhost/api/media', { method: 'POST', headers, body: form }),
      })
      return res.status < 300 ? { ok: true as const } : { ok: false as const, status: res.status }
    }
    const ownerOf = async (actor: 'memberA' | 'memberB', alt: string) =>
      String(
        (
          await t.payload.create({
            collection: 'media',
            data: { alt },
            file: await (async () => {
              const data = await image
              return { data, mimetype: 'image/png', name: `${alt}.png`, size: data.length }
            })(),
            overrideAccess: true,
            user: f.users[actor].user,
          })
        ).id,
      )

    // An upload no public page uses is not for everyone: the uploader's and the editors' (finding 13).
    test.each(ACTORS)(
      '%s: reads own and publicly used media, uploads when logged in, edits and deletes only own (editors: all)',
      async (actor) => {
        const mine = await ownerOf('memberA', `${api}-media-a-${actor}`)
        expect((await d().findIDs(f.users[actor], 'media')).includes(mine)).toBe(
          EDITORS_ONLY[actor] || actor === 'memberA',
        )
        expect((await upload(actor, `${api}-upload-${actor}`)).ok).toBe(actor !== 'anonymous')
        const mayEdit = EDITORS_ONLY[actor] || actor === 'memberA'
        expect(
          (await d().update(f.users[actor], 'media', mine, { alt: `${api} nieuw ${actor}` })).ok,
        ).toBe(mayEdit)
        expect((await systemRead('media', mine))?.alt === `${api} nieuw ${actor}`).toBe(mayEdit)
        expect((await d().remove(f.users[actor], 'media', mine)).ok).toBe(mayEdit)
        expect(Boolean(await systemRead('media', mine))).toBe(!mayEdit)
      },
    )
  })

  describe('listing-reports', () => {
    const about = (doc: keyof ListingDocs) => ({
      listing: { relationTo: 'activities', value: Number(f.docs.activities[doc]) },
      reason: 'wrong_time',
    })
    test.each(ACTORS)(
      '%s: residents report a published listing (not a draft); only its organisation and editors read and handle it; editors delete',
      async (actor) => {
        // Reports come from the public site, where residents are anonymous; staff have nothing to send here.
        expect((await d().create(f.users[actor], 'listing-reports', about('pubA'))).ok).toBe(
          actor === 'anonymous',
        )
        expect((await d().create(f.users[actor], 'listing-reports', about('draftB'))).ok).toBe(
          false,
        )
        const report = String(
          (
            await sys().create({
              collection: 'listing-reports',
              data: about('pubA'),
              overrideAccess: true,
            })
          ).id,
        )
        const handles = EDITORS_ONLY[actor] || actor === 'memberA'
        expect((await d().findIDs(f.users[actor], 'listing-reports')).includes(report)).toBe(
          handles,
        )
        expect(
          (await d().update(f.users[actor], 'listing-reports', report, { status: 'handled' })).ok,
        ).toBe(handles)
        expect((await systemRead('listing-reports', report))?.status).toBe(
          handles ? 'handled' : 'new',
        )
        expect((await d().remove(f.users[actor], 'listing-reports', report)).ok).toBe(
          EDITORS_ONLY[actor],
        )
        expect(Boolean(await systemRead('listing-reports', report))).toBe(!EDITORS_ONLY[actor])
      },
    )
  })

  describe('users', () => {
    test.each(ACTORS)('%s', async (actor) => {
      const self = f.users[actor].user ? String(f.users[actor].user.id) : undefined
      const ids = await d().findIDs(f.users[actor], 'users')
      const everyone = Object.values(f.docs.users).sort()
      expect(ids).toEqual(
        EDITORS_ONLY[actor] ? expect.arrayContaining(everyone) : self ? [self] : [],
      )

      const isAdmin = actor === 'admin'
      const created = await d().create(f.users[actor], 'users', {
        name: 'Nieuw',
        email: `${api}-new-${actor}@matrix.test`,
        password: 'a-long-password-1',
      })
      expect(created.ok).toBe(isAdmin)

      const other = f.docs.users[actor === 'memberA' ? 'memberB' : 'memberA']
      const res = await d().update(f.users[actor], 'users', other, {
        name: `${api} renamed by ${actor}`,
      })
      expect(res.ok).toBe(isAdmin)
      if (self) {
        const own = await d().update(f.users[actor], 'users', self, {
          name: `${actor} (${api})`,
          roles: ['admin'],
        })
        expect(own.ok).toBe(true)
        const after = await systemRead('users', self)
        expect(after?.name).toBe(`${actor} (${api})`)
        expect((after?.roles as string[] | undefined)?.includes('admin') ?? false).toBe(isAdmin)
      }
      const victim = await sys().create({
        collection: 'users',
        data: {
          name: 'Weg',
          email: `${api}-gone-${actor}@matrix.test`,
          password: 'a-long-password-1',
        },
        overrideAccess: true,
      })
      expect((await d().remove(f.users[actor], 'users', String(victim.id))).ok).toBe(isAdmin)
    })
  })
})
