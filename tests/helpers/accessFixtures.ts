import type { Payload, TypedUser } from 'payload'

import type { Actor, UntypedLocalApi } from './apiDrivers'

const PASSWORD = 'matrix-password-123'

export type ActorName = 'anonymous' | 'memberA' | 'memberB' | 'professional' | 'editor' | 'admin'
export const ACTOR_NAMES: ActorName[] = [
  'anonymous',
  'memberA',
  'memberB',
  'professional',
  'editor',
  'admin',
]
/** The actors with a user account. */
type UserName = Exclude<ActorName, 'anonymous'>

/** The fixture documents' IDs (as strings), by collection and by fixture name. */
export type ListingDocs = Record<'pubA' | 'draftA' | 'pubB' | 'draftB', string>
interface FixtureDocs {
  activities: ListingDocs
  openings: ListingDocs
  venues: ListingDocs
  organisations: Record<'A' | 'B' | 'draft', string>
  themes: Record<'one', string>
  areas: Record<'one', string>
  'school-holidays': Record<'one', string>
  users: Record<UserName, string>
}
export type FixtureCollection = keyof FixtureDocs

/** SQLite IDs are numbers; REST clients (and the admin) send them as numbers too. */
const asID = (id: unknown) => (typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id)

/** Accessibility answers a person gives in the admin (required over REST; "unknown" is one). */
export const LISTING_ANSWERS = { wheelchair: 'unknown', dutchNeeded: 'unknown' } as const
export const VENUE_ANSWERS = {
  stepFreeEntrance: 'unknown',
  accessibleToilet: 'unknown',
  hearingLoop: 'unknown',
  quietRoom: 'unknown',
  parking: 'unknown',
} as const

export const activityData = (
  organisation: unknown,
  title: string,
  status: 'draft' | 'published' = 'draft',
) => ({
  title,
  summary: 'Samen iets doen in de buurt.',
  organisation: asID(organisation),
  locationKind: 'outdoor',
  schedule: { kind: 'weekly', weekdays: ['2'], startTime: '10:00', endTime: '12:00' },
  cost: { kind: 'free' },
  signUp: 'walk_in',
  professional: { referralNotes: `Verwijsnotitie ${title}` },
  accessibility: LISTING_ANSWERS,
  _status: status,
})

export const openingData = (
  organisation: unknown,
  title: string,
  status: 'draft' | 'published' = 'draft',
) => ({
  kind: 'volunteer',
  title,
  summary: 'Help mee in de buurt.',
  organisation: asID(organisation),
  status: 'open',
  professional: { referralNotes: `Verwijsnotitie ${title}` },
  accessibility: LISTING_ANSWERS,
  _status: status,
})

/**
 * Two organisations (A verified, B not), their members, a professional, an editor and an
 * admin, and for every collection documents owned by A and by B, published and draft.
 */
export const createAccessFixtures = async (payload: Payload) => {
  const sys = { overrideAccess: true, depth: 0 } as const
  const p = payload as unknown as UntypedLocalApi<{ id: number }>
  const make = (collection: string, data: Record<string, unknown>) =>
    p.create({ collection, data, draft: data._status === 'draft', ...sys })

  const orgA = await make('organisations', {
    name: 'Organisatie A',
    type: 'welzijn',
    verified: true,
    _status: 'published',
  })
  const orgB = await make('organisations', {
    name: 'Organisatie B',
    type: 'zorg',
    verified: false,
    _status: 'published',
  })
  const orgDraft = await make('organisations', {
    name: 'Organisatie in oprichting',
    type: 'vereniging',
    _status: 'draft',
  })

  const users: Record<ActorName, Actor> = {
    anonymous: { name: 'anonymous', user: null },
  } as Record<ActorName, Actor>
  const userData: Record<UserName, Record<string, unknown>> = {
    memberA: { memberships: [{ organisation: orgA.id, role: 'owner' }] },
    memberB: { memberships: [{ organisation: orgB.id, role: 'member' }] },
    professional: { roles: ['professional'] },
    editor: { roles: ['editor'] },
    admin: { roles: ['admin'] },
  }
  const userIDs = {} as Record<UserName, string>
  for (const [name, extra] of Object.entries(userData)) {
    const email = `${name.toLowerCase()}@matrix.test`
    await make('users', { name, email, password: PASSWORD, ...extra })
    const login = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
    const user = login.user as TypedUser
    users[name as UserName] = { name, user, token: login.token }
    userIDs[name as UserName] = String(user.id)
  }

  const listings = async (
    collection: 'activities' | 'openings',
    build: typeof activityData | typeof openingData,
  ): Promise<ListingDocs> => ({
    pubA: String((await make(collection, build(orgA.id, `${collection} pubA`, 'published'))).id),
    draftA: String((await make(collection, build(orgA.id, `${collection} draftA`))).id),
    pubB: String((await make(collection, build(orgB.id, `${collection} pubB`, 'published'))).id),
    draftB: String((await make(collection, build(orgB.id, `${collection} draftB`))).id),
  })
  const activities = await listings('activities', activityData)
  const openings = await listings('openings', openingData)
  const venue = (orgs: number[], name: string, status: 'draft' | 'published') =>
    make('venues', {
      name,
      type: 'buurthuis',
      organisations: orgs,
      _status: status,
      address: { street: 'Kerkstraat', houseNumber: '1', postcode: '9751 AB', city: 'Haren' },
    })
  const venues: ListingDocs = {
    pubA: String((await venue([orgA.id], 'Buurthuis A', 'published')).id),
    draftA: String((await venue([orgA.id], 'Concept A', 'draft')).id),
    pubB: String((await venue([orgB.id], 'Buurthuis B', 'published')).id),
    draftB: String((await venue([orgB.id], 'Concept B', 'draft')).id),
  }
  const organisations = { A: String(orgA.id), B: String(orgB.id), draft: String(orgDraft.id) }
  const themes = { one: String((await make('themes', { name: 'Ontmoeten' })).id) }
  const areas = {
    one: String((await make('areas', { name: 'Glimmen', municipality: 'Groningen' })).id),
  }
  const schoolHolidays = {
    one: String(
      (
        await make('school-holidays', {
          name: 'Kerstvakantie',
          region: 'noord',
          firstDay: '2026-12-19T12:00:00.000Z',
          lastDay: '2027-01-03T12:00:00.000Z',
          confidence: 'official',
        })
      ).id,
    ),
  }
  const docs: FixtureDocs = {
    activities,
    openings,
    venues,
    organisations,
    themes,
    areas,
    'school-holidays': schoolHolidays,
    users: userIDs,
  }
  return { orgA: String(orgA.id), orgB: String(orgB.id), users, docs }
}

export type AccessFixtures = Awaited<ReturnType<typeof createAccessFixtures>>
