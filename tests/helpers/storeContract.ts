import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { EVERYTHING, listingKey, type SearchStore } from '../../src/lib/search/store/types'
import { syntheticListings } from './syntheticListings'

export interface StoreSetup {
  store: SearchStore
  stop: () => Promise<void>
}

/**
 * What every search store must do — all the search asks of a database. Each store's test file
 * calls this with its setup (SQLite always; MongoDB when MONGODB_URL is set).
 */
export const describeStoreContract = (name: string, setup: () => Promise<StoreSetup>) => {
  describe(`search store contract: ${name}`, () => {
    let s: StoreSetup
    const docs = syntheticListings(25, 3)
    beforeAll(async () => {
      s = await setup()
      await s.store.clear()
    }, 60_000)
    afterAll(async () => s?.stop())

    test('a written listing reads back whole, by key and in a scan; a rewrite replaces it', async () => {
      for (const d of docs) await s.store.upsert(d)
      expect(await s.store.count()).toBe(25)
      const [one] = await s.store.read([
        listingKey('activities', docs[0]!.id),
        listingKey('openings', docs[0]!.id),
      ])
      expect(one).toEqual(docs[0])
      await s.store.upsert({ ...docs[1]!, title: 'Nieuwe titel', themes: ['t9'] })
      const [two] = await s.store.read([listingKey(docs[1]!.collection, docs[1]!.id)])
      expect(two).toMatchObject({ title: 'Nieuwe titel', themes: ['t9'] })
      expect(await s.store.count()).toBe(25)
    })

    test('a scan returns every listing once, in key order, page by page', async () => {
      const seen: string[] = []
      for (let after: string | null = null; ;) {
        const page = await s.store.scan(after, 7)
        seen.push(...page.map((d) => listingKey(d.collection, d.id)))
        if (page.length < 7) break
        after = seen.at(-1)!
      }
      expect(seen).toHaveLength(25)
      expect(seen).toEqual([...seen].sort())
      expect(new Set(seen).size).toBe(25)
    })

    test('every write appends its listing to the change log, in order; removing nothing appends nothing', async () => {
      const before = await s.store.head()
      const d = docs[2]!
      await s.store.upsert({ ...d, title: 'Weer anders' })
      await s.store.remove(d.collection, d.id)
      await s.store.remove(d.collection, d.id)
      const after = await s.store.head()
      expect(after.latest).toBe(before.latest + 2)
      const changes = await s.store.changes(before.latest, after.latest)
      expect(changes.map((c) => c.listing)).toEqual([
        listingKey(d.collection, d.id),
        listingKey(d.collection, d.id),
      ])
      expect(changes[0]!.seq).toBeLessThan(changes[1]!.seq)
      expect(Math.abs(changes[0]!.at - Date.now())).toBeLessThan(60_000)
      expect(await s.store.read([listingKey(d.collection, d.id)])).toEqual([])
      expect(await s.store.count()).toBe(24)
    })

    test('clearing logs "everything"; pruning keeps the newest changes', async () => {
      await s.store.clear()
      const { latest } = await s.store.head()
      expect((await s.store.changes(latest - 1, latest)).map((c) => c.listing)).toEqual([
        EVERYTHING,
      ])
      expect(await s.store.count()).toBe(0)
      await s.store.prune(1)
      expect(await s.store.head()).toEqual({ latest, oldest: latest })
    })
  })
}
