import { describe, expect, test } from '@jest/globals'

import { ACTOR_NAMES, type ActorName } from '../helpers/accessFixtures'
import { restRequest } from '../helpers/apiDrivers'
import { useAccessMatrix } from '../helpers/accessMatrixSuite'

/**
 * What the admin believes: `GET /api/access` per role for every collection of the directory,
 * asked the way the admin asks (no document data). The admin shows "create" buttons, create
 * pages and menu entries from exactly this, so a rule that refuses without data hides a
 * feature that REST would allow (members could not create anything in the admin).
 * Letters: C create, R read, U update, D delete; '-' refused.
 */
const DESIGN: Record<ActorName, Record<string, string>> = {
  // A visitor is told nothing (the empty map): the public site does not ask, and the admin needs a login.
  anonymous: {},
  // Members: create and edit their own listings and venues, edit (not create) their organisation,
  // handle (not send) interests and reports; nothing of the editors' tools.
  memberA: {
    activities: 'CRUD',
    openings: 'CRUD',
    organisations: '-RU-',
    venues: 'CRU-',
    themes: '-R--',
    areas: '-R--',
    'school-holidays': '-R--',
    'search-synonyms': '----',
    interests: '-RU-',
    'listing-reports': '-RU-',
    'loket-requests': 'C---',
    // New-places alerts: anyone asks for one; editors read and erase them; only the server changes them.
    alerts: 'C---',
    'interest-outcomes': '----',
    'interest-log': '----',
    // Warm referrals: professionals refer; the receiving members answer; editors read and erase.
    referrals: '-RU-',
    'referral-outcomes': '----',
    // Who's who: people in the chain make, keep and read entries (their own to change).
    profiles: 'CRUD',
    // Room requests: residents ask on the site; the venue's organisations answer; editors erase.
    'room-bookings': '-RU-',
    // The times accepted bookings hold: public, written only by the bookings' hook.
    'room-slots': '-R--',
    // The open-data feed's rows: the server's own, never in the admin.
    'feed-items': '----',
    // Imports: started by uploading a file; changed only by the import's own steps.
    'import-runs': 'CR-D',
    // Other directories: editors manage the sources; the listings are the job's, read by all.
    'federation-sources': '----',
    'external-listings': '-R--',
    media: 'CRUD',
    users: '-RU-',
  },
  memberB: {},
  professional: {
    activities: '-R--',
    openings: '-R--',
    organisations: '-R--',
    venues: '-R--',
    themes: '-R--',
    areas: '-R--',
    'school-holidays': '-R--',
    'search-synonyms': '----',
    interests: '----',
    'listing-reports': '----',
    'loket-requests': 'C---',
    // New-places alerts: anyone asks for one; editors read and erase them; only the server changes them.
    alerts: 'C---',
    'interest-outcomes': '----',
    'interest-log': '----',
    // Warm referrals: professionals refer; the receiving members answer; editors read and erase.
    referrals: 'CR--',
    'referral-outcomes': '----',
    // Who's who: people in the chain make, keep and read entries (their own to change).
    profiles: 'CRUD',
    // Room requests: residents ask on the site; the venue's organisations answer; editors erase.
    'room-bookings': '----',
    // The times accepted bookings hold: public, written only by the bookings' hook.
    'room-slots': '-R--',
    // The open-data feed's rows: the server's own, never in the admin.
    'feed-items': '----',
    // Imports: started by uploading a file; changed only by the import's own steps.
    'import-runs': '----',
    // Other directories: editors manage the sources; the listings are the job's, read by all.
    'federation-sources': '----',
    'external-listings': '-R--',
    media: 'CRUD',
    users: '-RU-',
  },
  editor: {
    activities: 'CRUD',
    openings: 'CRUD',
    organisations: 'CRUD',
    venues: 'CRUD',
    themes: 'CRUD',
    areas: 'CRUD',
    'school-holidays': 'CRUD',
    'search-synonyms': 'CRUD',
    interests: '-RUD',
    'listing-reports': '-RUD',
    'loket-requests': 'CRUD',
    // New-places alerts: anyone asks for one; editors read and erase them; only the server changes them.
    alerts: 'CR-D',
    'interest-outcomes': '-R--',
    'interest-log': '----',
    // Warm referrals: professionals refer; the receiving members answer; editors read and erase.
    referrals: '-RUD',
    'referral-outcomes': '-R--',
    // Who's who: people in the chain make, keep and read entries (their own to change).
    profiles: 'CRUD',
    // Room requests: residents ask on the site; the venue's organisations answer; editors erase.
    'room-bookings': '-RUD',
    // The times accepted bookings hold: public, written only by the bookings' hook.
    'room-slots': '-R--',
    // The open-data feed's rows: the server's own, never in the admin.
    'feed-items': '----',
    // Imports: started by uploading a file; changed only by the import's own steps.
    'import-runs': 'CR-D',
    // Other directories: editors manage the sources; the listings are the job's, read by all.
    'federation-sources': 'CRUD',
    'external-listings': '-R--',
    media: 'CRUD',
    users: '-RU-',
  },
  admin: {
    activities: 'CRUD',
    openings: 'CRUD',
    organisations: 'CRUD',
    venues: 'CRUD',
    themes: 'CRUD',
    areas: 'CRUD',
    'school-holidays': 'CRUD',
    'search-synonyms': 'CRUD',
    interests: '-RUD',
    'listing-reports': '-RUD',
    'loket-requests': 'CRUD',
    // New-places alerts: anyone asks for one; editors read and erase them; only the server changes them.
    alerts: 'CR-D',
    'interest-outcomes': '-R--',
    'interest-log': '-R--',
    // Warm referrals: professionals refer; the receiving members answer; editors read and erase.
    referrals: '-RUD',
    'referral-outcomes': '-R--',
    // Who's who: people in the chain make, keep and read entries (their own to change).
    profiles: 'CRUD',
    // Room requests: residents ask on the site; the venue's organisations answer; editors erase.
    'room-bookings': '-RUD',
    // The times accepted bookings hold: public, written only by the bookings' hook.
    'room-slots': '-R--',
    // The open-data feed's rows: the server's own, never in the admin.
    'feed-items': '----',
    // Imports: started by uploading a file; changed only by the import's own steps.
    'import-runs': 'CR-D',
    // Other directories: editors manage the sources; the listings are the job's, read by all.
    'federation-sources': 'CRUD',
    'external-listings': '-R--',
    media: 'CRUD',
    users: 'CRUD',
  },
}
DESIGN.memberB = DESIGN.memberA
DESIGN.anonymous = Object.fromEntries(Object.keys(DESIGN.admin).map((c) => [c, '----']))

const granted = (value: unknown) =>
  value === true ||
  (typeof value === 'object' &&
    value !== null &&
    (value as { permission?: unknown }).permission === true)
const letters = (permissions: Record<string, unknown> | undefined) =>
  ['create', 'read', 'update', 'delete']
    .map((op, i) => (granted(permissions?.[op]) ? 'CRUD'[i] : '-'))
    .join('')

const suite = useAccessMatrix('admin access')

describe('/api/access as the admin reads it', () => {
  test.each(
    ACTOR_NAMES.flatMap((actor) =>
      Object.keys(DESIGN.admin).map((collection) => [actor, collection] as const),
    ),
  )('%s on %s', async (actor, collection) => {
    const { status, json } = await restRequest(
      suite.t.payload,
      suite.f.users[actor],
      'GET',
      '/access',
    )
    expect(status).toBe(200)
    const collections = (json.collections ?? {}) as Record<string, Record<string, unknown>>
    expect(letters(collections[collection])).toBe(DESIGN[actor][collection])
    if (actor === 'anonymous') expect(collections).toEqual({})
  })

  test('the publish permission the admin asks for (update with _status published): only where it would succeed', async () => {
    const ask = async (actor: ActorName, collection: string, organisation: string) => {
      const { docAccessOperation } = await import('payload')
      const { createLocalReq } = await import('payload')
      const req = await createLocalReq(
        { user: suite.f.users[actor].user ?? undefined },
        suite.t.payload,
      )
      const result = await docAccessOperation({
        collection: suite.t.payload.collections[collection as 'activities'],
        data: { organisation: Number(organisation), _status: 'published' },
        req,
      })
      return Boolean(result.update)
    }
    const { orgA, orgB } = suite.f
    // A is verified: its members publish directly. B is not: its members submit for review.
    expect(await ask('memberA', 'activities', orgA)).toBe(true)
    expect(await ask('memberB', 'activities', orgB)).toBe(false)
    expect(await ask('memberB', 'openings', orgB)).toBe(false)
    expect(await ask('editor', 'openings', orgB)).toBe(true)
  })
})
