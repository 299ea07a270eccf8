import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, type Payload } from 'payload'

import { DIRECTORY_COLLECTION_SLUGS } from '../../collections'
import { directoryPlugin } from '../../plugins/directory'
import { startBareSite } from '../helpers/bareSite'
import type { TestPayload } from '../helpers/payload'

let site: TestPayload
let payload: Payload

beforeAll(async () => {
  site = await startBareSite(
    'bare',
    (dir) => ({ mediaDir: path.join(dir, 'media'), maxLimit: 5 }),
    [{ slug: 'pages', fields: [{ name: 'title', type: 'text' }] }],
  )
  payload = site.payload
})

afterAll(async () => site?.stop())

test('installs into a bare Payload config next to the host app’s own collections', async () => {
  expect(payload.config.admin.user).toBe('users')
  for (const slug of [...DIRECTORY_COLLECTION_SLUGS, 'pages'] as const) {
    expect(payload.collections[slug as never]).toBeDefined()
  }
  const area = await payload.create({
    collection: 'areas',
    data: { name: 'Glimmen', municipality: 'Groningen' },
  })
  expect(area.slug).toBe('glimmen')
})

test('refuses to overwrite a collection the host already has', async () => {
  await expect(
    buildConfig({
      secret: 'x'.repeat(40),
      db: sqliteAdapter({ client: { url: 'file::memory:' } }),
      collections: [{ slug: 'venues', fields: [] }],
      plugins: [directoryPlugin()],
    }),
  ).rejects.toThrow(/already has a collection "venues"/)
})

test('caps REST page sizes to maxLimit but leaves the Local API alone', async () => {
  for (const name of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) {
    await payload.create({ collection: 'themes', data: { name } })
  }
  const local = await payload.find({ collection: 'themes', limit: 100 })
  expect(local.docs).toHaveLength(7)

  const hook = payload.collections.themes.config.hooks.beforeOperation[0]!
  const rest = { payloadAPI: 'REST' } as never
  const capped = await hook({ args: { limit: 1000 }, operation: 'read', req: rest } as never)
  expect(capped).toMatchObject({ limit: 5, pagination: true })
  const unpaginated = await hook({
    args: { pagination: false },
    operation: 'read',
    req: rest,
  } as never)
  expect(unpaginated).toMatchObject({ limit: 5, pagination: true })
})
