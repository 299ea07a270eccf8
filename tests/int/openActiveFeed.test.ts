/**
 * Longer than 200 lines because the feed's cases share one seeded database and walk the same
 * feed: each starts from where the previous left the feed's end.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { handleEndpoints } from 'payload'

import { DIRECTORY_QUEUE, TASKS } from '../../plugins/directory/constants'
import { openActiveFailures } from '../helpers/openActive'
import { publicDocs, startDemoPayload, type TestPayload } from '../helpers/payload'

/**
 * The OpenActive RPDE feed of activities (`/api/feeds/session-series`) on the demo data,
 * through Payload's REST handlers: ordering, paging, the last page, tombstones and their
 * removal, the cache headers, and every page checked by OpenActive's data-model validator.
 */
let t: TestPayload
type Item = {
  state: string
  kind: string
  id: number
  modified: number
  data?: Record<string, unknown>
}
type Page = { next: string; items: Item[]; license: string }

const get = async (path: string) => {
  const res = await handleEndpoints({
    config: t.payload.config,
    request: new Request(`http://localhost/api${path}`),
  })
  return {
    status: res.status,
    headers: res.headers,
    json: (await res.json()) as Record<string, unknown>,
  }
}
const FEED = '/feeds/session-series'
const pathOf = (next: string) => next.slice(next.indexOf('/api/') + 4)

/** Follows `next` from the start (or `from`) to the last page; every page it read. */
const walk = async (from = FEED) => {
  const pages: Page[] = []
  for (let path = from; ;) {
    const res = await get(path)
    expect(res.status).toBe(200)
    const page = res.json as unknown as Page
    pages.push(page)
    if (!page.items.length) {
      expect(pathOf(page.next)).toBe(path)
      expect(res.headers.get('cache-control')).toBe('public, max-age=8')
      return pages
    }
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600')
    path = pathOf(page.next)
  }
}
const itemsOf = (pages: Page[]) => pages.flatMap((p) => p.items)
const lastNext = (pages: Page[]) => pathOf(pages.at(-1)!.next)

/** Public activities with a place OpenActive can describe (a venue, or online). */
const publicActivityIDs = async () =>
  (await publicDocs(t.payload, 'activities', { locationKind: { not_equals: 'outdoor' } })).map(
    (d) => d.id,
  )

const runRefresh = async (now: Date) => {
  await t.payload.jobs.queue({
    task: TASKS.refreshFeed,
    input: { now: now.toISOString() },
    queue: DIRECTORY_QUEUE,
  })
  await t.payload.jobs.run({
    queue: DIRECTORY_QUEUE,
    where: { taskSlug: { equals: TASKS.refreshFeed } },
    sequential: true,
    limit: 100,
  })
}

beforeAll(async () => {
  t = await startDemoPayload()
}, 120_000)
afterAll(async () => t?.stop())

describe('OpenActive RPDE feed of activities', () => {
  test('holds every public activity exactly once, in change order, each a valid SessionSeries', async () => {
    const pages = await walk()
    const items = itemsOf(pages)
    const updated = items.filter((i) => i.state === 'updated')
    expect(updated.map((i) => i.id).sort((a, b) => a - b)).toEqual(
      (await publicActivityIDs()).sort((a, b) => a - b),
    )
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
    const modified = items.map((i) => i.modified)
    expect(modified).toEqual([...modified].sort((a, b) => a - b))
    expect(pages[0]!.license).toBe('https://creativecommons.org/licenses/by/4.0/')
    // The last page's `items: []` is what RPDE requires; the model validator flags empty arrays.
    for (const page of pages.filter((p) => p.items.length))
      expect(await openActiveFailures(page)).toEqual([])
    const taalcafe = updated.find((i) => /taalcaf/i.test(String(i.data?.name)))!
    expect(taalcafe.data).toMatchObject({
      '@type': 'SessionSeries',
      location: { address: { addressRegion: 'Groningen', addressCountry: 'NL' } },
      eventSchedule: [
        { scheduleTimezone: 'Europe/Amsterdam', scheduledEventType: 'ScheduledSession' },
      ],
    })
  })

  test('a change moves the activity to the end with a higher number; a save that changes nothing does not', async () => {
    const before = await walk()
    const end = lastNext(before)
    const [first] = itemsOf(before).filter((i) => i.state === 'updated')
    await t.payload.update({
      collection: 'activities',
      id: first!.id,
      data: { title: 'Nieuwe naam' },
      overrideAccess: true,
    })
    const after = itemsOf(await walk(end))
    expect(after).toHaveLength(1)
    expect(after[0]).toMatchObject({
      id: first!.id,
      state: 'updated',
      data: { name: 'Nieuwe naam' },
    })
    expect(after[0]!.modified).toBeGreaterThan(Math.max(...itemsOf(before).map((i) => i.modified)))

    const again = lastNext(await walk(end))
    await t.payload.update({
      collection: 'activities',
      id: first!.id,
      data: { title: 'Nieuwe naam' },
      overrideAccess: true,
    })
    expect(itemsOf(await walk(again))).toEqual([])
  })

  test('a venue renamed re-sends its activities with the new name', async () => {
    const end = lastNext(await walk())
    const { docs } = await t.payload.find({
      collection: 'activities',
      where: { venue: { exists: true } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const venueID = docs[0]!.venue as number
    await t.payload.update({
      collection: 'venues',
      id: venueID,
      data: { name: 'Buurthuis De Nieuwe Naam' },
      overrideAccess: true,
    })
    const changed = itemsOf(await walk(end))
    expect(changed.length).toBeGreaterThan(0)
    for (const item of changed)
      expect(item.data).toMatchObject({ location: { name: 'Buurthuis De Nieuwe Naam' } })
  })

  test('unpublished or deleted: a tombstone without data, kept at least seven days, then removed', async () => {
    const end = lastNext(await walk())
    const [a, b] = await publicActivityIDs()
    await t.payload.update({
      collection: 'activities',
      id: a!,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    await t.payload.delete({ collection: 'activities', id: b!, overrideAccess: true })
    const gone = itemsOf(await walk(end))
    expect(gone.map((i) => [i.id, i.state])).toEqual([
      [a, 'deleted'],
      [b, 'deleted'],
    ])
    for (const item of gone) expect(item).not.toHaveProperty('data')
    expect(await openActiveFailures({ next: 'x', license: 'y', items: gone })).toEqual([])
    expect((await get(`${FEED}/${b}`)).status).toBe(410)

    await runRefresh(new Date(Date.now() + 6.9 * 86_400_000))
    expect(itemsOf(await walk(end)).map((i) => i.id)).toEqual([a, b])
    await runRefresh(new Date(Date.now() + 7.1 * 86_400_000))
    expect(itemsOf(await walk(end))).toEqual([])
    expect((await get(`${FEED}/${b}`)).status).toBe(404)
  })

  test('a draft that was never public never appears', async () => {
    const end = lastNext(await walk())
    const [one] = (
      await t.payload.find({ collection: 'activities', limit: 1, depth: 0, overrideAccess: true })
    ).docs
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ...data
    } = one as unknown as Record<string, unknown>
    await t.payload.create({
      collection: 'activities',
      data: { ...data, slug: 'nooit-publiek', _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    expect(itemsOf(await walk(end))).toEqual([])
  })

  test('the nightly refresh fills an empty feed and finds activities that left without a save', async () => {
    await t.payload.delete({
      collection: 'feed-items',
      where: { id: { exists: true } },
      overrideAccess: true,
    })
    await runRefresh(new Date())
    const items = itemsOf(await walk())
    expect(
      items
        .filter((i) => i.state === 'updated')
        .map((i) => i.id)
        .sort(),
    ).toEqual((await publicActivityIDs()).sort())
  })

  test('a wrong afterChangeNumber is refused in plain words; one item has its own address', async () => {
    for (const bad of ['abc', '-1', '1.5', '']) {
      const res = await get(`${FEED}?afterChangeNumber=${bad}`)
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.json)).toMatch(/afterChangeNumber/)
    }
    const [item] = itemsOf(await walk())
    const one = await get(`${FEED}/${item!.id}`)
    expect(one.status).toBe(200)
    expect(one.json).toEqual(item!.data)
    expect(item!.data!['@id']).toBe(`${t.payload.config.serverURL}/api${FEED}/${item!.id}`)
    expect((await get(`${FEED}/999999`)).status).toBe(404)
  })
})
