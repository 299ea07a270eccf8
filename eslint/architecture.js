// The architecture as ESLint rules (docs/architecture.md): which folder may import what, and
// who may touch the database adapter's internals. Each message names its rule, so a failure
// says what is wrong; tests/unit/architecture.test.ts checks that each rule still catches.
const PAYLOAD = ['payload', 'payload/*', '@payloadcms/*', '@payload-config']
const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*']
const COLLECTIONS = ['**/collections/*', '**/collections']
const PLUGINS = ['**/plugins/*', '**/plugins']

/** Adapter internals (the drizzle handle, the adapter's transaction sessions): only src/db touches them. */
const ADAPTER = {
  selector: 'MemberExpression[property.name=/^(drizzle|sessions)$/]',
  message: 'architecture rule "only src/db touches the database adapter\'s internals"',
}
const PLUGIN_IMPORT = {
  selector: 'ImportExpression[source.value=/plugins\\/directory\\/.+/]',
  message:
    'architecture rule "the host imports the plugin only through plugins/directory/index.ts"',
}
const syntax = (files, ignores, selectors) => ({
  files,
  ignores,
  rules: { 'no-restricted-syntax': ['error', ...selectors] },
})

/** The import rules: each names itself in its message, so a failure says which rule and why. */
const RULES = {
  lib: [
    'src/lib is pure domain logic: no Payload, React, collections or plugin',
    [...PAYLOAD, ...REACT, ...COLLECTIONS, ...PLUGINS],
  ],
  web: [
    'src/web reaches Payload only through src/data',
    [...PAYLOAD, ...COLLECTIONS, ...PLUGINS, '**/db/*'],
  ],
  data: ['src/data never imports src/web', ['**/web/*', '**/web']],
  collections: [
    'collections do not import the plugin (only its names, plugins/directory/constants.ts)',
    { regex: '(^|/)plugins/directory(?!/constants$)(/|$)' },
  ],
  plugin: [
    'the plugin imports nothing from the host (src/data, src/web, src/db, …; src/lib and the generated types are shared): pass a callback option',
    [
      '**/src/data/*',
      '**/src/web/*',
      '**/src/web/**',
      '**/src/db/*',
      '**/src/http/*',
      '**/src/cli/*',
      '**/src/seed/*',
      '**/src/server',
    ],
  ],
  host: [
    'the host imports the plugin only through plugins/directory/index.ts',
    { regex: '(^|/)plugins/directory/(?!index$).+' },
  ],
}
/** One `no-restricted-imports` per area (a later setting of a rule replaces an earlier one, so each area lists all its rules). */
const area = (files, names, ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: names.map((n) => {
          const [why, match] = RULES[n]
          return {
            ...(Array.isArray(match) ? { group: match } : match),
            message: `architecture rule "${why}"`,
          }
        }),
      },
    ],
  },
})

/**
 * The rules as flat-config blocks (ESLint's own no-restricted-imports and no-restricted-syntax).
 * @type {import('eslint').Linter.Config[]}
 */
export const architecture = [
  area(['src/lib/**'], ['lib', 'host']),
  area(['src/web/**'], ['web', 'host']),
  area(['src/data/**'], ['data', 'host']),
  area(['src/**', 'payload.config.ts'], ['host'], ['src/lib/**', 'src/web/**', 'src/data/**']),
  area(['collections/**'], ['collections']),
  area(['plugins/**'], ['plugin']),
  // Syntax rules: adapter internals (everywhere but src/db), and dynamic imports of plugin internals (the host).
  syntax(['**/*.ts', '**/*.tsx'], ['src/db/**', 'src/**', 'payload.config.ts'], [ADAPTER]),
  syntax(['src/**', 'payload.config.ts'], ['src/db/**'], [ADAPTER, PLUGIN_IMPORT]),
  syntax(['src/db/**'], [], [PLUGIN_IMPORT]),
]
