import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, type CollectionConfig, getPayload } from 'payload'

import { directoryPlugin, type DirectoryPluginOptions } from '../../plugins/directory'
import { type TestPayload, testPayload } from './payload'

/**
 * A bare Payload config with the plugin installed (schema pushed, no migrations) on a temporary
 * SQLite file: for what the plugin does on its own, apart from Meedoen's host app.
 */
export const startBareSite = async (
  name: string,
  options: (dir: string) => DirectoryPluginOptions,
  collections: CollectionConfig[] = [],
): Promise<TestPayload> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `meedoen-${name}-`))
  const config = await buildConfig({
    secret: `${name}-config-secret-0123456789-0123456789`,
    telemetry: false,
    typescript: { autoGenerate: false },
    db: sqliteAdapter({ client: { url: `file:${path.join(dir, `${name}.db`)}` }, push: true }),
    collections,
    plugins: [directoryPlugin(options(dir))],
    logger: { options: { level: 'warn' } },
  })
  return testPayload(await getPayload({ config }), dir)
}
