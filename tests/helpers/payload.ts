import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type CollectionSlug, getPayload, type Payload, type Where } from 'payload'

export interface TestPayload {
  payload: Payload
  dir: string
  stop: () => Promise<void>
}

/** Points the environment at a fresh temporary SQLite database and media folder. */
const useTempEnvironment = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-test-'))
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
  process.env.DATA_DIR = dir
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = 'test-secret-0123456789-0123456789-0123456789'
  process.env.LOG_LEVEL ??= 'warn'
  return dir
}

/**
 * The real app config on a temporary SQLite file, migrated like production. Env is set before
 * the config is imported because the config reads it at import time.
 */
export const startPayload = async (): Promise<TestPayload> => {
  const dir = useTempEnvironment()
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  const { migrateDatabase } = await import('../../src/db/migrateDatabase')
  await migrateDatabase(payload)
  return testPayload(payload, dir)
}

/** A running Payload and its temporary folder, removed with it on `stop`. */
export const testPayload = (payload: Payload, dir: string): TestPayload => ({
  payload,
  dir,
  stop: async () => {
    await payload.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  },
})

/** Every document of a collection as stored (no access rules, ids only for relations). */
export const allDocs = async <Slug extends CollectionSlug>(
  payload: Payload,
  collection: Slug,
  sort?: string,
) =>
  (
    await payload.find({
      collection,
      overrideAccess: true,
      depth: 0,
      pagination: false,
      ...(sort ? { sort } : {}),
    })
  ).docs

/** The real app on a temporary database with the reference and demo data, as `npm start` seeds it. */
export const startDemoPayload = async (): Promise<TestPayload> => {
  const t = await startPayload()
  const { seedReferenceData } = await import('../../src/seed/seedReferenceData')
  const { seedDemoData } = await import('../../src/seed/seedDemoData')
  await seedReferenceData(t.payload)
  await seedDemoData(t.payload)
  return t
}

/** The listings of a collection the public sees (not hidden as out of date), read as the public. */
export const publicDocs = async <C extends 'activities' | 'openings'>(
  payload: Payload,
  collection: C,
  where: Where = {},
) =>
  (
    await payload.find({
      collection,
      where: { and: [{ staleHidden: { not_equals: true } }, where] },
      overrideAccess: false,
      user: null,
      depth: 0,
      pagination: false,
    })
  ).docs
