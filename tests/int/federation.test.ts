/**
 * Longer than 200 lines because following a feed is tested against one loopback RPDE server
 * whose pages the tests change in turn: each case starts from where the previous left the source.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { handleEndpoints } from 'payload'

import { followSource } from '../../plugins/directory/federation/follow'
import type { User } from '../../src/payload-types'
import { startDemoPayload, type TestPayload } from '../helpers/payload'

/**
 * Following another directory's feed, against a feed server on loopback that can be made to
 * misbehave: the demo's own activity feed (served as "elsewhere"), a source that is down, slow,
 * huge, not JSON or not RPDE. A bad source is marked with its problem and changes nothing.
 */
let t: TestPayload
let feed: unknown[] = []
let behaviour: 'ok' | 'slow' | 'huge' | 'html' | 'shape' = 'ok'
let server: http.Server
let base = ''
let editor: User

beforeAll(async () => {
  t = await startDemoPayload()
  const res = await handleEndpoints({
    config: t.payload.config,
    request: new Request('http://localhost/api/feeds/session-series'),
  })
  feed = ((await res.json()) as { items: unknown[] }).items
  server = http.createServer((req, res) => {
    if (behaviour === 'slow') return // never answers
    if (behaviour === 'huge') {
      res.writeHead(200, { 'content-type': 'application/json' })
      const chunk = Buffer.alloc(1024 * 1024, 0x20)
      for (let i = 0; i < 7; i++) res.write(chunk)
      return res.end('{}')
    }
    if (behaviour === 'html') {
      res.writeHead(200, { 'content-type': 'text/html' })
      return res.end('<html>Onderhoud</html>')
    }
    if (behaviour === 'shape') {
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ items: 'nee' }))
    }
    const after = new URL(req.url!, base).searchParams.get('page')
    res.writeHead(200, { 'content-type': 'application/json' })
    // Two pages with items, then the last page (no items) pointing at itself.
    const pages = [feed.slice(0, 5), feed.slice(5), []]
    const n = Number(after ?? 0)
    res.end(
      JSON.stringify({
        next: `/feed?page=${Math.min(n + 1, 2)}`,
        items: pages[n] ?? [],
        license: 'x',
      }),
    )
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  editor = (
    await t.payload.find({
      collection: 'users',
      where: { email: { equals: 'redactie@meedoen.test' } },
    })
  ).docs[0]!
}, 180_000)
afterAll(async () => {
  server?.closeAllConnections()
  server?.close()
  await t?.stop()
})

const addSource = (name: string, feedUrl = `${base}/feed`) =>
  t.payload.create({
    collection: 'federation-sources',
    data: { name, feedUrl },
    user: editor,
    overrideAccess: false,
  })
const listingsOf = async (source: number) =>
  (
    await t.payload.count({
      collection: 'external-listings',
      where: { source: { equals: source } },
    })
  ).totalDocs
const sourceNow = (id: number) =>
  t.payload.findByID({ collection: 'federation-sources', id, depth: 0 })

describe('who manages sources', () => {
  test.each([
    ['lid@welzijnharen.test', 'demo-welzijn', false],
    ['professional@meedoen.test', 'demo-professional', false],
    ['redactie@meedoen.test', 'demo-redactie', true],
  ] as const)('%s through REST (may add and list sources: %3$s)', async (email, password, may) => {
    const { token } = await t.payload.login({ collection: 'users', data: { email, password } })
    const rest = (method: string, path: string, body?: unknown) =>
      handleEndpoints({
        config: t.payload.config,
        request: new Request(`http://localhost/api${path}`, {
          method,
          headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
          ...(body ? { body: JSON.stringify(body) } : {}),
        }),
      })
    const before = (await t.payload.count({ collection: 'federation-sources' })).totalDocs
    const made = await rest('POST', '/federation-sources', { name: 'X', feedUrl: `${base}/feed` })
    expect(made.status).toBe(may ? 201 : 403)
    expect((await t.payload.count({ collection: 'federation-sources' })).totalDocs).toBe(
      before + (may ? 1 : 0),
    )
    expect((await rest('GET', '/federation-sources')).status).toBe(may ? 200 : 403)
    if (may) {
      const { doc } = (await made.json()) as { doc: { id: number } }
      // The job's own fields are not the editor's to set.
      await rest('PATCH', `/federation-sources/${doc.id}`, { status: 'ok', listingCount: 99 })
      expect(await sourceNow(doc.id)).toEqual(
        expect.objectContaining({ status: 'new', listingCount: null }),
      )
      expect((await rest('DELETE', `/federation-sources/${doc.id}`)).status).toBe(200)
    }
  })
})

describe('following a feed', () => {
  let id: number
  test('all pages up to the last one; then nothing new; the next run starts where the last ended', async () => {
    behaviour = 'ok'
    id = (await addSource('Meedoen Elders')).id
    const first = await followSource(t.payload, await sourceNow(id))
    expect(first).toEqual(expect.objectContaining({ status: 'ok', pages: 2 }))
    expect(first.counts.updated).toBe(feed.length)
    expect(await listingsOf(id)).toBe(feed.length)
    const state = await sourceNow(id)
    expect(state).toEqual(
      expect.objectContaining({
        status: 'ok',
        listingCount: feed.length,
        nextUrl: `${base}/feed?page=2`,
      }),
    )
    const again = await followSource(t.payload, state)
    expect(again.counts).toEqual({ updated: 0, deleted: 0, unchanged: 0, skipped: 0 })
  })

  test('switched off, the listings leave; switched on, the source is read from the start', async () => {
    await t.payload.update({
      collection: 'federation-sources',
      id,
      data: { enabled: false },
      user: editor,
      overrideAccess: false,
    })
    expect(await listingsOf(id)).toBe(0)
    expect(await sourceNow(id)).toEqual(expect.objectContaining({ status: 'off', nextUrl: null }))
    await t.payload.update({
      collection: 'federation-sources',
      id,
      data: { enabled: true },
      user: editor,
      overrideAccess: false,
    })
    await followSource(t.payload, await sourceNow(id))
    expect(await listingsOf(id)).toBe(feed.length)
  })

  test.each([
    ['down', 'http://127.0.0.1:9/feed', 'ok', 'niet bereikbaar'],
    ['slow', undefined, 'slow', 'antwoordt niet binnen'],
    ['huge', undefined, 'huge', 'te groot'],
    ['not JSON', undefined, 'html', 'geen geldige JSON'],
    ['not RPDE', undefined, 'shape', 'Geen RPDE-feedpagina'],
  ] as const)(
    'a source that is %s is marked with the problem; nothing changes',
    async (_n, url, how, problem) => {
      behaviour = how
      const bad = await addSource(`Bron ${how}`, url)
      const before = (await t.payload.count({ collection: 'external-listings' })).totalDocs
      const started = Date.now()
      const result = await followSource(t.payload, await sourceNow(bad.id), {
        timeoutMs: 1_000,
        maxBytes: 5 * 1024 * 1024,
      })
      expect(Date.now() - started).toBeLessThan(5_000)
      expect(result.status).toBe('error')
      expect(await sourceNow(bad.id)).toEqual(
        expect.objectContaining({ status: 'error', lastError: expect.stringContaining(problem) }),
      )
      expect((await t.payload.count({ collection: 'external-listings' })).totalDocs).toBe(before)
      behaviour = 'ok'
    },
  )

  test('removing a source removes its listings; its listings are read-only to everyone', async () => {
    const one = (await t.payload.find({ collection: 'external-listings', limit: 1, depth: 0 }))
      .docs[0]!
    await expect(
      t.payload.update({
        collection: 'external-listings',
        id: one.id,
        data: { title: 'x' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await t.payload.delete({
      collection: 'federation-sources',
      id,
      user: editor,
      overrideAccess: false,
    })
    expect(await listingsOf(id)).toBe(0)
  })
})
