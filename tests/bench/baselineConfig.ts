import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, type SanitizedConfig } from 'payload'

import { ACCESSIBILITY_FACETS, LISTING_KINDS } from '../../src/lib/search/types'

const options = (values: readonly (string | number)[]) =>
  values.map((v) => ({ label: String(v), value: String(v) }))

/**
 * A minimal Payload config for the search baseline: one collection holding the same listings
 * as the search index, on its own SQLite file. `push: true` is fine here: this database has
 * no raw side tables, so the dev push never asks its interactive question.
 */
export const baselineConfig = (dbFile: string): Promise<SanitizedConfig> =>
  buildConfig({
    secret: 'bench-secret-0123456789-0123456789-0123456789',
    telemetry: false,
    typescript: { autoGenerate: false },
    graphQL: { disable: true },
    admin: { avatar: 'default' },
    logger: { options: { level: 'warn' } },
    db: sqliteAdapter({ client: { url: `file:${dbFile}` }, push: true }),
    collections: [
      {
        slug: 'bench-listings',
        fields: [
          { name: 'title', type: 'text' },
          { name: 'summary', type: 'text' },
          { name: 'body', type: 'textarea' },
          { name: 'kind', type: 'select', index: true, options: options(LISTING_KINDS) },
          { name: 'lat', type: 'number', index: true },
          { name: 'lon', type: 'number', index: true },
          { name: 'free', type: 'checkbox' },
          { name: 'walkIn', type: 'checkbox' },
          { name: 'ageMin', type: 'number' },
          { name: 'ageMax', type: 'number' },
          {
            name: 'weekdays',
            type: 'select',
            hasMany: true,
            options: options([1, 2, 3, 4, 5, 6, 7]),
          },
          {
            name: 'themes',
            type: 'select',
            hasMany: true,
            options: options(['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8']),
          },
          { name: 'rungs', type: 'select', hasMany: true, options: options([1, 2, 3, 4, 5, 6]) },
          {
            name: 'accessibility',
            type: 'select',
            hasMany: true,
            options: options(ACCESSIBILITY_FACETS),
          },
          { name: 'nextStart', type: 'date' },
        ],
      },
    ],
  })
