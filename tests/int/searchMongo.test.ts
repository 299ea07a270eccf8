import { randomBytes } from 'node:crypto'

import { test } from '@jest/globals'

import { searchEngine } from '../../src/lib/search/engine/engine'
import { mongoSearchStore, type MongoStoreCollections } from '../../src/lib/search/store/mongo'
import { describeSearchContract } from '../helpers/searchContract'
import { describeStoreContract } from '../helpers/storeContract'

/**
 * The very engine the SQLite suite runs, over the MongoDB store, against the same contracts,
 * on a fresh database that is dropped afterwards. Needs a server: set MONGODB_URL (e.g.
 * mongodb://127.0.0.1:27017); without it this is skipped.
 */
const url = process.env.MONGODB_URL

const openStore = async () => {
  const { MongoClient } = await import('mongodb')
  const client = await MongoClient.connect(url!)
  const db = client.db(`meedoen_search_test_${randomBytes(6).toString('hex')}`)
  const changes = db.collection('search-changes') as unknown as MongoStoreCollections['changes']
  await changes.createIndex({ seq: 1 }, { unique: true })
  const store = mongoSearchStore({
    listings: db.collection('meedoen_search_index'),
    changes,
    counters: db.collection('meedoen_counters'),
  })
  const stop = async () => {
    try {
      await db.dropDatabase()
    } finally {
      await client.close()
    }
  }
  return { store, stop }
}

if (url) {
  describeSearchContract('mongodb', async () => {
    const { store, stop } = await openStore()
    return { engine: searchEngine(store), writer: store, stop }
  })
  describeStoreContract('mongodb', openStore)
} else {
  console.info('MongoDB store contract not run: MONGODB_URL is not set')
  test.skip('MongoDB store and engine contract — not run: MONGODB_URL is not set', () => {})
}
