import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, type CollectionConfig, getPayload } from 'payload'

import { directoryPlugin } from '../../plugins/directory'
import { directoryDatabase } from '../../src/db/directoryDatabase'
import { type TestPayload, testPayload } from './payload'

/**
 * A second, minimal Payload site that has a life of its own before the directory is installed:
 * its own people (with fields of its own), its own uploads, and pages. The plugin is installed
 * into it the way a municipality's existing site would install it. Its rules are the careful
 * host's: once the directory is in, organisation members are logged-in users too, so "any
 * logged-in user" (Payload's default) is not a rule it uses for its own content.
 */
const isSiteAdmin = (user: unknown): boolean =>
  Boolean((user as { roles?: string[] } | null)?.roles?.includes('admin'))

const HostUsers: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: { useAsTitle: 'email' },
  access: {
    read: ({ req }) => Boolean(req.user),
    create: ({ req }) => isSiteAdmin(req.user),
    update: ({ req }) =>
      isSiteAdmin(req.user) ? true : req.user ? { id: { equals: req.user.id } } : false,
    delete: ({ req }) => isSiteAdmin(req.user),
  },
  fields: [
    { name: 'fullName', type: 'text' },
    { name: 'department', type: 'select', options: ['communicatie', 'sociaal-domein'] },
  ],
}

/** The host's uploads, under a slug of its own choosing (the plugin's `media` option names it). */
export const HOST_MEDIA = 'files'

const hostMedia = (dir: string): CollectionConfig => ({
  slug: HOST_MEDIA,
  upload: { staticDir: dir, mimeTypes: ['image/*'] },
  access: { read: () => true, create: ({ req }) => Boolean(req.user) },
  fields: [
    { name: 'alt', type: 'text', required: true },
    { name: 'credit', type: 'text' },
  ],
})

const Pages: CollectionConfig = {
  slug: 'pages',
  access: {
    read: () => true,
    create: ({ req }) => isSiteAdmin(req.user),
    update: ({ req }) => isSiteAdmin(req.user),
    delete: ({ req }) => isSiteAdmin(req.user),
  },
  fields: [{ name: 'title', type: 'text', required: true }],
}

export type HostSite = TestPayload

export const startHostSite = async (): Promise<HostSite> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-host-'))
  const config = await buildConfig({
    secret: 'host-site-secret-0123456789-0123456789',
    telemetry: false,
    typescript: { autoGenerate: false },
    // The host chose its admin user collection itself; the plugin leaves it alone.
    admin: { user: 'users' },
    db: sqliteAdapter({
      client: { url: `file:${path.join(dir, 'host.db')}` },
      push: true,
      transactionOptions: {},
    }),
    collections: [HostUsers, hostMedia(path.join(dir, 'uploads')), Pages],
    plugins: [
      directoryPlugin({
        mediaDir: path.join(dir, 'unused-media'),
        importDir: path.join(dir, 'imports'),
        users: 'users',
        media: HOST_MEDIA,
        database: directoryDatabase({ createTables: true }),
      }),
    ],
    logger: { options: { level: 'warn' } },
  })
  return testPayload(await getPayload({ config }), dir)
}
