import { randomBytes } from 'node:crypto'

import { test } from '@jest/globals'

import { mongoSearchEngine } from '../../src/lib/search/mongo/engine'
import { ensureMongoSearchIndexes, mongoIndexWriter, type MongoSearchDoc } from '../../src/lib/search/mongo/writer'
import { describeSearchContract } from '../helpers/searchContract'

/**
 * The MongoDB engine against the contract, on a fresh database that is dropped afterwards.
 * Needs a server: set MONGODB_URL (e.g. mongodb://127.0.0.1:27017); without it this is skipped.
 */
const url = process.env.MONGODB_URL

if (url) {
  describeSearchContract('mongodb', async () => {
    const { MongoClient } = await import('mongodb')
    const client = await MongoClient.connect(url)
    const db = client.db(`meedoen_search_test_${randomBytes(6).toString('hex')}`)
    const collection = db.collection<MongoSearchDoc>('search_docs')
    await ensureMongoSearchIndexes(collection)
    return {
      engine: mongoSearchEngine(collection),
      writer: mongoIndexWriter(collection),
      stop: async () => {
        try {
          await db.dropDatabase()
        } finally {
          await client.close()
        }
      },
    }
  })
} else {
  console.info('MongoDB engine contract not run: MONGODB_URL is not set')
  test.skip('MongoDB engine contract — not run: MONGODB_URL is not set', () => {})
}
