import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { expect, test } from '@jest/globals'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'

import { architecture } from '../../eslint/architecture.js'

/**
 * The architecture's rules (eslint/architecture.js, docs/architecture.md) still catch what they
 * are for: one offending line per rule, linted as if it were in the folder the rule guards,
 * must fail with a message naming the rule; and the imports the layers are meant to use pass.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } },
    ...architecture,
  ],
})
const messagesOf = async (file: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return result!.messages.map((m) => m.message)
}

const broken: [string, string, string][] = [
  ['src/lib/search/x.ts', "import type { Payload } from 'payload'", 'src/lib is pure domain logic'],
  ['src/lib/x.ts', "import { createElement } from 'react'", 'src/lib is pure domain logic'],
  [
    'src/lib/geo/x.ts',
    "import { createVenues } from '../../../collections/Venues'",
    'src/lib is pure domain logic',
  ],
  [
    'src/web/pages/x.tsx',
    "import type { Payload } from 'payload'",
    'src/web reaches Payload only through src/data',
  ],
  [
    'src/web/x.ts',
    "import { VENUE_TYPES } from '../../collections/Venues'",
    'src/web reaches Payload only through src/data',
  ],
  [
    'src/web/x.ts',
    "import { isDatabaseUnavailable } from '../db/unavailable'",
    'src/web reaches Payload only through src/data',
  ],
  ['src/data/x.ts', "import { href } from '../web/paths'", 'src/data never imports src/web'],
  [
    'collections/Venues/x.ts',
    "import { searchEngineFor } from '../../plugins/directory/search/backend'",
    'collections do not import the plugin',
  ],
  [
    'collections/x.ts',
    "import { directoryPlugin } from '../plugins/directory'",
    'collections do not import the plugin',
  ],
  [
    'plugins/directory/x.ts',
    "import { invalidateReference } from '../../src/data/referenceCache'",
    'the plugin imports nothing from the host',
  ],
  [
    'plugins/directory/search/x.ts',
    "import { sqlExecutor } from '../../../src/db/sqlExecutor'",
    'the plugin imports nothing from the host',
  ],
  [
    'src/cli/x.ts',
    "import { reindexAll } from '../../plugins/directory/search/indexListings'",
    'the host imports the plugin only through plugins/directory/index.ts',
  ],
  [
    'src/server.ts',
    "const m = await import('../plugins/directory/search/backend')",
    'the host imports the plugin only through plugins/directory/index.ts',
  ],
  [
    'plugins/directory/search/x.ts',
    'export const d = (payload: { db: { drizzle: unknown } }) => payload.db.drizzle',
    "only src/db touches the database adapter's internals",
  ],
  [
    'src/data/x.ts',
    'export const s = (db: { sessions: unknown }) => db.sessions',
    "only src/db touches the database adapter's internals",
  ],
]

test.each(broken)('%s: `%s` breaks "%s"', async (file, code, rule) => {
  const messages = await messagesOf(file, code)
  expect(messages.some((m) => m.includes(`architecture rule "${rule}`))).toBe(true)
})

const allowed: [string, string][] = [
  ['src/web/pages/x.tsx', "import { searchListings } from '../../data/search'"],
  ['src/web/x.ts', "import { href } from '../lib/paths'"],
  ['src/data/x.ts', "import { searchEngineFor } from '../../plugins/directory'"],
  ['collections/Venues/x.ts', "import { COMPONENTS } from '../../plugins/directory/constants'"],
  ['plugins/directory/x.ts', "import { LISTING_KINDS } from '../../src/lib/vocabulary'"],
  ['src/db/x.ts', 'export const d = (payload: { db: { drizzle: unknown } }) => payload.db.drizzle'],
  ['src/server.ts', "const m = await import('../plugins/directory')"],
]

test.each(allowed)('%s: `%s` is allowed', async (file, code) => {
  expect(await messagesOf(file, code)).toEqual([])
})
