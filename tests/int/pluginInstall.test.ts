import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, getPayload, type Payload } from 'payload'

import { DIRECTORY_COLLECTION_SLUGS } from '../../collections'
import { directoryPlugin } from '../../plugins/directory'

let payload: Payload
let dir: string

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-bare-'))
  const config = await buildConfig({
    secret: 'bare-config-secret-0123456789-0123456789',
    telemetry: false,
    typescript: { autoGenerate: false },
    db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'bare.db')}` }, push: true }),
    collections: [{ slug: 'pages', fields: [{ name: 'title', type: 'text' }] }],
    plugins: [directoryPlugin({ mediaDir: path.join(dir, 'media'), maxLimit: 5 })],
  })
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('installs into a bare Payload config next to the host app’s own collections', async () => {
  expect(payload.config.admin.user).toBe('users')
  for (const slug of [...DIRECTORY_COLLECTION_SLUGS, 'pages'] as const) {
    expect(payload.collections[slug as never]).toBeDefined()
  }
  const area = await payload.create({ collection: 'areas', data: { name: 'Glimmen', municipality: 'Groningen' } })
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
  const unpaginated = await hook({ args: { pagination: false }, operation: 'read', req: rest } as never)
  expect(unpaginated).toMatchObject({ limit: 5, pagination: true })
})
