/**
 * Longer than 200 lines because it is one property test: most of the file builds the fast-check
 * generators for routes, queries and bodies that the single test sends to one real server.
 */

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import fc from 'fast-check'

import { DEMO_USERS } from '../../src/seed/data/users'
import { startServer, type RunningServer, ensureAdminBuilt } from '../helpers/server'

/**
 * Bad input against the real server (express, Next, Payload, SQLite with demo data), as each
 * role: thousands of REST requests with odd ids, bodies, `where`, `sort`, `select`, `depth`,
 * `limit` and `page` on every collection, the global and the root routes. None may answer 5xx.
 */
let server: RunningServer
const tokens: Record<string, string | undefined> = { anonymous: undefined }
beforeAll(async () => {
  ensureAdminBuilt()
  server = await startServer()
  for (const [role, email] of [
    ['member', 'lid@welzijnharen.test'],
    ['editor', 'redactie@meedoen.test'],
    ['admin', 'beheer@meedoen.test'],
  ]) {
    const password = DEMO_USERS.find((u) => u.email === email)!.password
    const res = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    tokens[role!] = ((await res.json()) as { token: string }).token
    expect([role, typeof tokens[role!]]).toEqual([role, 'string'])
  }
}, 300_000)
afterAll(async () => server?.stop())

const COLLECTIONS = [
  'activities',
  'openings',
  'organisations',
  'venues',
  'themes',
  'areas',
  'school-holidays',
  'interests',
  'listing-reports',
  'loket-requests',
  'interest-outcomes',
  'interest-log',
  'import-runs',
  'federation-sources',
  'external-listings',
  'media',
  'users',
  'payload-preferences',
  'payload-locked-documents',
  'payload-jobs',
  'payload-migrations',
]
const PATHS = [
  'id',
  'title',
  'name',
  'slug',
  'organisation',
  'organisation.name',
  'organisation.members.email',
  'organisation.id',
  'createdAt',
  'updatedAt',
  '_status',
  'status',
  'listing',
  'listing.value',
  'listing.relationTo',
  'schedule.weekdays',
  'schedule.startTime',
  'location',
  'email',
  'roles',
  'memberships.organisation',
  'memberships.role',
  'members',
  'dueAt',
  'ageMin',
  'version.title',
  'parent',
  'nope',
  'a.b.c',
  '__proto__',
  'constructor.prototype',
  'contact.email',
  'venue.address.city',
  'themes',
  'featured',
]
const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'nope',
]
const odd = fc.constantFrom(
  '1',
  '2',
  '0',
  '-1',
  'abc',
  '',
  '2026-01-01',
  'notadate',
  'true',
  'false',
  '1e309',
  'NaN',
  '99999999999999999999',
  'null',
  '1,2',
  'x'.repeat(300),
  '%',
  '\u0000',
  '6.5,53.2,1000',
  '{"a":1}',
)
const plain = fc.constantFrom(
  '1',
  '2',
  '3',
  'Haren',
  'new',
  'published',
  '2026-12-01T00:00:00.000Z',
  'true',
  'a',
)
const value = fc.oneof(
  { weight: 3, arbitrary: plain },
  { weight: 2, arbitrary: odd },
  fc.string({ maxLength: 20 }),
  fc.integer().map(String),
)
/** Mostly numbers that make sense, sometimes not. */
const number = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 12 }).map(String) },
  { weight: 1, arbitrary: value },
)
const IDS = fc.oneof(
  fc.constantFrom(
    '1',
    '2',
    '3',
    'abc',
    'init',
    'me',
    'count',
    '-1',
    '1.5',
    '0x10',
    '99999999999999999999',
    '%20',
    '%00',
    'null',
    'undefined',
    '507f1f77bcf86cd799439011',
  ),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
)

/** A query string: where (nested and/or), sort, select, populate, depth, limit, page and friends. */
const condition = fc.tuple(
  fc.oneof(fc.constantFrom(...PATHS), fc.string({ maxLength: 10 })),
  fc.constantFrom(...OPERATORS),
  value,
  fc.boolean(),
)
const wild = fc
  .record(
    {
      where: fc.array(fc.tuple(fc.constantFrom('', 'or', 'and'), condition), { maxLength: 3 }),
      rawWhere: fc.constantFrom('x', '{"title":{"equals":"a"}}', '[]', 'null', '{"or":"x"}'),
      sort: fc.oneof(
        fc.constantFrom(...PATHS),
        fc.constantFrom('-createdAt', 'title,-id', '-', ''),
        fc.string({ maxLength: 10 }),
      ),
      select: fc.tuple(fc.constantFrom(...PATHS), fc.constantFrom('true', 'false', 'x')),
      populate: fc.tuple(
        fc.constantFrom('organisations', 'media', 'nope'),
        fc.constantFrom(...PATHS),
      ),
      depth: number,
      limit: number,
      page: number,
      flags: fc.array(
        fc.tuple(
          fc.constantFrom(
            'draft',
            'trash',
            'pagination',
            'locale',
            'joins[members][limit]',
            'autosave',
          ),
          value,
        ),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: [] },
  )
  .map((q) => {
    const params = new URLSearchParams()
    q.where?.forEach(([group, [path, operator, v, list]], i) => {
      const prefix = group ? `where[${group}][${i}][${path}]` : `where[${path}]`
      params.append(`${prefix}[${operator}]${list ? '[0]' : ''}`, v)
    })
    if (q.rawWhere && !q.where) params.set('where', q.rawWhere)
    if (q.sort !== undefined) params.set('sort', q.sort)
    if (q.select) params.set(`select[${q.select[0]}]`, q.select[1])
    if (q.populate) params.set(`populate[${q.populate[0]}][${q.populate[1]}]`, 'true')
    for (const name of ['depth', 'limit', 'page'] as const)
      if (q[name] !== undefined) params.set(name, q[name])
    q.flags?.forEach(([name, v]) => params.set(name, v))
    return params.toString()
  })
/** What a client that knows the API sends: it must reach the database and still never fail. */
const tame = fc
  .record({
    path: fc.constantFrom(
      'id',
      'status',
      '_status',
      'title',
      'name',
      'createdAt',
      'organisation',
      'slug',
    ),
    operator: fc.constantFrom('equals', 'in', 'like', 'exists', 'greater_than'),
    value: plain,
    sort: fc.constantFrom('', 'createdAt', '-createdAt', 'id', '-updatedAt'),
    depth: fc.constantFrom('0', '1', '2'),
  })
  .map((q) =>
    new URLSearchParams({
      [`where[${q.path}][${q.operator}]`]: q.value,
      sort: q.sort,
      depth: q.depth,
    }).toString(),
  )
const query = fc.oneof(fc.constant(''), tame, { weight: 3, arbitrary: wild })

const body = fc.oneof(
  fc.constantFrom(
    '{}',
    '{"status":"contacted"}',
    '{"title":"Nieuw"}',
    '{"alt":"Foto"}',
    '{"name":"Naam"}',
    '{"_status":"published"}',
  ),
  fc.constantFrom('null', '"str"', '[1]', '1', 'true', '{', '', '{"__proto__":{"x":1}}', '[]'),
  fc
    .dictionary(
      fc.constantFrom(...PATHS, 'password', 'data', '_status'),
      fc.oneof(value, fc.jsonValue({ maxDepth: 2 })),
    )
    .map((o) => JSON.stringify(o)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
)

const request = fc.record({
  role: fc.constantFrom('anonymous', 'member', 'editor', 'admin'),
  method: fc.constantFrom('GET', 'GET', 'POST', 'PATCH', 'DELETE'),
  route: fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(
        fc.constantFrom(...COLLECTIONS),
        fc.constantFrom('', '', '/count', '/versions'),
        fc.constant(''),
      ),
    },
    {
      weight: 4,
      arbitrary: fc.tuple(
        fc.constantFrom(...COLLECTIONS),
        fc.constant('/'),
        fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 6 }).map(String) }, IDS),
      ),
    },
    fc.tuple(fc.constantFrom(...COLLECTIONS), fc.constantFrom('/versions/', '/access/'), IDS),
    fc.tuple(
      fc.constantFrom(...COLLECTIONS),
      fc.constant('/'),
      IDS.map((id) => `${id}/duplicate`),
    ),
    fc.tuple(
      fc.constantFrom(
        'globals/site-settings',
        'access',
        'search',
        'interests/person',
        'users/me',
        'users/login',
        'users/forgot-password',
        'users/unlock',
      ),
      fc.constant(''),
      fc.constant(''),
    ),
  ),
  query,
  body,
  /** Sent as a form's `_payload` (as uploads and the admin send it) instead of a JSON body. */
  asForm: fc.boolean(),
})

/** Writes to users would log the fuzzing roles out; everything else may change. */
const skipped = (r: { method: string; route: [string, string, string] }) =>
  r.route[0].startsWith('users') && (r.method === 'PATCH' || r.method === 'DELETE')

test('no 5xx from any REST route, for any role and any input', async () => {
  const seen: Record<string, number> = {}
  const failures: string[] = []
  const started = Date.now()
  // FUZZ_SEED=… repeats a run.
  const seed = Number(process.env.FUZZ_SEED ?? started % 2 ** 31)
  await fc.assert(
    fc.asyncProperty(request, async (r) => {
      if (skipped(r)) return
      const path = `/api/${r.route[0]}${r.route[1]}${r.route[2]}${r.query ? `?${r.query}` : ''}`
      const withBody = r.method !== 'GET' && r.method !== 'DELETE'
      const form = new FormData()
      form.append('_payload', r.body)
      const headers: Record<string, string> = r.asForm ? {} : { 'content-type': 'application/json' }
      if (tokens[r.role]) headers.authorization = `JWT ${tokens[r.role]}`
      const res = await fetch(`${server.url}${path}`, {
        method: r.method,
        headers,
        body: withBody ? (r.asForm ? form : r.body) : undefined,
        redirect: 'manual',
      })
      await res.arrayBuffer()
      seen[res.status] = (seen[res.status] ?? 0) + 1
      if (res.status >= 500)
        failures.push(
          `${r.role} ${r.method} ${path} ${r.asForm ? '_payload=' : ''}${r.body} → ${res.status}`,
        )
    }),
    // Every failure is collected (not only the first), so one run shows all of them.
    { numRuns: 6000, seed },
  )
  console.log(
    `REST fuzz (seed ${seed}): ${JSON.stringify(seen)} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  // What the server logged for them, so a failing seed says why without a rerun.
  if (failures.length)
    console.log(
      server
        .output()
        .split('\n')
        .filter((line) => line.includes('"level":50') && !line.includes('"status":4'))
        .slice(-5)
        .join('\n'),
    )
  expect(failures).toEqual([])
  // The server is still healthy afterwards.
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
}, 240_000)
